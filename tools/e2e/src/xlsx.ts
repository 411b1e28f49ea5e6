// Excel files of the browser tests (exceljs, as a village clerk's spreadsheet would be): reading
// a downloaded workbook, and filling the downloaded register template with people to import.
import ExcelJS from 'exceljs';

/** Every row of the sheet (the first one when unnamed) as cell texts, the header row first. */
export async function sheetRows(bytes: Buffer, sheetName?: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer); // exceljs types its own Buffer
  const sheet = sheetName ? wb.getWorksheet(sheetName) : wb.worksheets[0];
  if (!sheet) throw new Error(`the workbook has no sheet ${sheetName ?? ''}`);
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cell.text ?? '';
    });
    rows.push(Array.from(cells, (c) => c ?? ''));
  });
  return rows;
}

/** The rows of a sheet as objects keyed by the header row's texts. */
export async function sheetRecords(bytes: Buffer, sheetName?: string): Promise<Record<string, string>[]> {
  const [header = [], ...rows] = await sheetRows(bytes, sheetName);
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? ''])));
}

/** One person of an import file, by the register template's Chinese headers. */
export type RegisterRow = Partial<
  Record<
    | '户编号/户主身份证号'
    | '村民小组'
    | '网格'
    | '住址'
    | '姓名'
    | '与户主关系'
    | '性别'
    | '身份证号'
    | '联系电话'
    | '出生日期'
    | '职业'
    | '家庭年收入档次'
    | '生产情况'
    | '生活情况'
    | '困难诉求'
    | '特殊群体标签',
    string
  >
>;

/** The downloaded template with the rows filled in under its header (every value as text). */
export async function filledTemplate(
  template: Buffer,
  sheetName: string,
  rows: readonly RegisterRow[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet(sheetName);
  if (!sheet) throw new Error(`the template has no sheet ${sheetName}`);
  const columns = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => columns.set(cell.text.trim(), col));
  rows.forEach((person, i) => {
    const row = sheet.getRow(i + 2);
    for (const [header, value] of Object.entries(person)) {
      const col = columns.get(header);
      if (!col) throw new Error(`the template has no column ${header}`);
      row.getCell(col).value = value;
    }
    row.commit();
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
