import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { XlsxError, XlsxFile, decodeXmlText, type XlsxRow } from './xlsx-rows.js';

async function allRows(buf: Buffer, sheet = 0): Promise<XlsxRow[]> {
  const file = new XlsxFile(buf);
  const out: XlsxRow[] = [];
  for await (const rows of file.rows(file.sheets()[sheet].path)) out.push(...rows);
  return out;
}

const SAMPLE: unknown[][] = [
  ['户编号', '姓名', '身份证号', '人数', '备注'],
  ['H1', '王秀英', '11010519491231002X', 3, 'a < b & "c" \'d\''],
  ['H1', null, '430999196003010011', 1.5, true],
  [],
  ['H2', '  李四 ', null, -7, '第一行\n第二行'],
];

describe('XlsxFile', () => {
  it('reads what exceljs writes with shared strings: text, numbers, booleans, gaps, entities, line breaks', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('人员信息');
    for (const r of SAMPLE) ws.addRow(r);
    ws.getCell('F2').value = { richText: [{ text: '富' }, { font: { bold: true }, text: '文本' }] };
    ws.getCell('G2').value = { formula: 'D2*2', result: 6 };
    ws.getCell('H2').value = { formula: 'B2&"!"', result: '王秀英!' };
    const file = new XlsxFile(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(file.sheets()).toEqual([{ name: '人员信息', path: 'xl/worksheets/sheet1.xml', hidden: false }]);
    const rows = await allRows(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(rows.map((r) => r.row)).toEqual([1, 2, 3, 5]);
    expect(rows[0].cells).toEqual(['户编号', '姓名', '身份证号', '人数', '备注']);
    expect(rows[1].cells).toEqual(['H1', '王秀英', '11010519491231002X', 3, 'a < b & "c" \'d\'', '富文本', 6, '王秀英!']);
    expect(rows[2].cells).toEqual(['H1', undefined, '430999196003010011', 1.5, true]);
    expect(rows[3].cells).toEqual(['H2', '  李四 ', undefined, -7, '第一行\n第二行']);
  });

  it('reads what the streaming writer writes (inline strings) across many inflated chunks', async () => {
    const sink = new PassThrough();
    const chunks: Buffer[] = [];
    sink.on('data', (c: Buffer) => chunks.push(c));
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useSharedStrings: false });
    const ws = wb.addWorksheet('Sheet1');
    for (let i = 1; i <= 20_000; i++) ws.addRow([`户${i}`, `姓名${i} & <${i}>`, i]).commit();
    ws.commit();
    await wb.commit();
    const rows = await allRows(Buffer.concat(chunks));
    expect(rows).toHaveLength(20_000);
    expect(rows[0].cells).toEqual(['户1', '姓名1 & <1>', 1]);
    expect(rows[19_999]).toEqual({ row: 20_000, cells: ['户20000', '姓名20000 & <20000>', 20_000] });
  });

  it('decodes XML entities and Excel escapes', () => {
    expect(decodeXmlText('A&amp;B &#x4E2D;&#25991; _x000D_')).toBe('A&B 中文 \r');
  });

  it('says what is wrong with a file that is not an .xlsx', () => {
    expect(() => new XlsxFile(Buffer.from('姓名,性别\n王,男'))).toThrow(expect.objectContaining({ reason: 'NOT_ZIP' }) as Error);
    const ole = Buffer.alloc(600);
    ole.writeUInt32BE(0xd0cf11e0, 0);
    expect(() => new XlsxFile(ole)).toThrow(XlsxError);
    expect(() => new XlsxFile(ole)).toThrow(expect.objectContaining({ reason: 'LEGACY_XLS' }) as Error);
  });
});
