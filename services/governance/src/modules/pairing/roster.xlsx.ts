import ExcelJS from 'exceljs';
import type { RosterRow } from './pairing.types.js';

/** Column headers of the exported roster, in order (the test reads the file back by them). */
export const ROSTER_HEADERS = [
  '序号',
  '乡镇',
  '村',
  '网格',
  '联户党员干部',
  '职务',
  '联系电话',
  '户主',
  '住址',
  '结对日期',
] as const;

/** The 联户花名册 as an .xlsx workbook: one header row, frozen, then one row per pairing. Phones stay masked. */
export async function rosterWorkbook(rows: readonly RosterRow[], regionName: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '乡治';
  wb.created = new Date();
  const ws = wb.addWorksheet('联户花名册', {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const widths = [6, 14, 14, 14, 12, 22, 14, 10, 28, 12];
  ws.columns = ROSTER_HEADERS.map((header, i) => ({ header, width: widths[i] }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).alignment = { vertical: 'middle', horizontal: 'center' };
  rows.forEach((r, i) => {
    ws.addRow([
      i + 1,
      r.township,
      r.village,
      r.grid ?? '',
      r.cadreName,
      r.cadrePost,
      r.cadrePhoneMasked ?? '',
      r.householdHead,
      r.householdAddress,
      r.startedOn,
    ]);
  });
  ws.headerFooter.oddHeader = `&C${regionName}联户花名册`;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
