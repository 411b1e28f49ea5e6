import { randomBytes } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import {
  cell,
  HEADER_ROW,
  part,
  repeatedPart,
  rowlessSheet,
  sharedStringsBomb,
  SHEET_HEAD,
  SHEET_TAIL,
  xlsx,
  zip,
} from '../../../test/register-import.files.js';
import { XLSX_LIMITS, XlsxProblem, type XlsxLimits, type XlsxProblemKind } from './xlsx-limits.js';
import { XlsxReader, type XlsxRow } from './xlsx-reader.js';

async function allRows(buf: Buffer, sheet = 0, limits?: XlsxLimits): Promise<XlsxRow[]> {
  const file = await XlsxReader.open(buf, limits);
  const out: XlsxRow[] = [];
  for await (const rows of file.rows((await file.sheets())[sheet].path)) out.push(...rows);
  return out;
}

/** Reads every row of the first sheet; the problem it was refused with, and the work it did. */
async function refusal(
  buf: Buffer,
  limits: XlsxLimits = XLSX_LIMITS,
): Promise<{ kind: XlsxProblemKind | null; row?: number; inflated: number; parsed: number }> {
  let file: XlsxReader | null = null;
  try {
    file = await XlsxReader.open(buf, limits);
    for await (const _rows of file.rows((await file.sheets())[0].path)) {
      /* read on */
    }
    return { kind: null, ...file.stats };
  } catch (e) {
    if (!(e instanceof XlsxProblem)) throw e;
    return { kind: e.kind, row: e.where.row, ...(file?.stats ?? { inflated: 0, parsed: 0 }) };
  }
}

const sheetOf = (xml: string): Buffer => xlsx(part('sheet', `${SHEET_HEAD}${xml}${SHEET_TAIL}`));
const MB = 1024 * 1024;

const SAMPLE: unknown[][] = [
  ['户编号', '姓名', '身份证号', '人数', '备注'],
  ['H1', '王秀英', '11010519491231002X', 3, 'a < b & "c" \'d\''],
  ['H1', null, '430999196003010011', 1.5, true],
  [],
  ['H2', '  李四 ', null, -7, '第一行\n第二行'],
];

describe('XlsxReader', () => {
  it('reads what exceljs writes with shared strings: text, numbers, booleans, gaps, entities, line breaks', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('人员信息');
    for (const r of SAMPLE) ws.addRow(r);
    ws.getCell('F2').value = { richText: [{ text: '富' }, { font: { bold: true }, text: '文本' }] };
    ws.getCell('G2').value = { formula: 'D2*2', result: 6 };
    ws.getCell('H2').value = { formula: 'B2&"!"', result: '王秀英!' };
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    expect(await (await XlsxReader.open(buf)).sheets()).toEqual([
      { name: '人员信息', path: 'xl/worksheets/sheet1.xml', hidden: false },
    ]);
    const rows = await allRows(buf);
    expect(rows.map((r) => r.row)).toEqual([1, 2, 3, 5]);
    expect(rows[0].cells).toEqual(['户编号', '姓名', '身份证号', '人数', '备注']);
    expect(rows[1].cells).toEqual([
      'H1',
      '王秀英',
      '11010519491231002X',
      3,
      'a < b & "c" \'d\'',
      '富文本',
      6,
      '王秀英!',
    ]);
    expect(rows[2].cells).toEqual(['H1', undefined, '430999196003010011', 1.5, true]);
    expect(rows[3].cells).toEqual(['H2', '  李四 ', undefined, -7, '第一行\n第二行']);
  });

  it('reads what the streaming writer writes (inline strings) across many inflated pieces', async () => {
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

  it('decodes XML entities, Excel escapes and prefixed elements, and leaves out phonetic runs', async () => {
    const rows = await allRows(
      sheetOf(
        `<row r="1">${cell('A1', 'A&amp;B &#x4E2D;&#25991; _x000D_')}` +
          '<c r="C1" t="inlineStr"><is><r><t>王</t></r><r><t>秀英</t></r><rPh><t>ワン</t></rPh></is></c></row>' +
          '<x:row xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" r="3"><x:c r="B3"><x:v>42</x:v></x:c></x:row>',
      ),
    );
    expect(rows).toEqual([
      { row: 1, cells: ['A&B 中文 \r', undefined, '王秀英'] },
      { row: 3, cells: [undefined, 42] },
    ]);
  });

  it('says what is wrong with a file that is not an .xlsx', async () => {
    await expect(XlsxReader.open(Buffer.from('姓名,性别\n王,男'))).rejects.toMatchObject({ kind: 'NOT_ZIP' });
    const ole = Buffer.alloc(600);
    ole.writeUInt32BE(0xd0cf11e0, 0);
    await expect(XlsxReader.open(ole)).rejects.toMatchObject({ kind: 'LEGACY_XLS' });
    await expect(XlsxReader.open(zip([part('a.txt', 'hello')]))).rejects.toMatchObject({ kind: 'NOT_XLSX' });
  });
});

describe('XlsxReader limits', () => {
  it('refuses the zip bomb of the finding (500 MB of shared strings in 1 MB) from its directory, inflating nothing', async () => {
    const bomb = sharedStringsBomb();
    expect(bomb.length).toBeLessThan(2 * MB);
    expect(await refusal(bomb)).toMatchObject({ kind: 'RATIO', inflated: 0 });
    expect(await refusal(bomb, { ...XLSX_LIMITS, maxRatio: 10_000 })).toMatchObject({ kind: 'TOO_LARGE', inflated: 0 });
  });

  it('stops a header that lies about the size where the lie shows, not at the real size', async () => {
    const result = await refusal(sharedStringsBomb(500_000));
    expect(result.kind).toBe('SIZE_MISMATCH');
    // the read stops within one inflated chunk (256 KB) of the size declared
    expect(result.inflated).toBeLessThan(500_000 + 300 * 1024);
  });

  it('refuses too many entries, shared strings beyond their limit and a total beyond the limit', async () => {
    const many = Array.from({ length: XLSX_LIMITS.maxEntries + 1 }, (_, i) => part(`docProps/x${i}.xml`, '<x/>'));
    expect(await refusal(xlsx(part('sheet', `${SHEET_HEAD}${SHEET_TAIL}`), undefined, many))).toMatchObject({
      kind: 'TOO_MANY_ENTRIES',
      inflated: 0,
    });
    // random text: it compresses like a real file, so only the size limits can refuse it
    const noise = `<?xml version="1.0"?><sst><si><t>${randomBytes(900_000).toString('hex')}</t></si></sst>`;
    const file = xlsx(part('sheet', `${SHEET_HEAD}${SHEET_TAIL}`), part('strings', noise));
    const strings = await refusal(file, { ...XLSX_LIMITS, maxSharedStringsBytes: MB });
    expect(strings.kind).toBe('STRINGS_TOO_LARGE');
    expect(strings.inflated).toBeLessThan(4096);
    expect(await refusal(file, { ...XLSX_LIMITS, maxTotalBytes: MB })).toMatchObject({
      kind: 'TOO_LARGE',
      inflated: 0,
    });
  });

  it('parses a row-less sheet in work proportional to its size: 52 KB and 520 KB, refused where the XML ends unclosed', async () => {
    const small = await refusal(xlsx(rowlessSheet(52 * 1024)));
    const large = await refusal(xlsx(rowlessSheet(520 * 1024)));
    expect(small).toMatchObject({ kind: 'BAD_XML' });
    expect(large).toMatchObject({ kind: 'BAD_XML' });
    // every character is parsed once: ten times the sheet is ten times the work (the old reader's grew with the square)
    expect(small.parsed).toBeGreaterThan(50 * 1024);
    expect(large.parsed / small.parsed).toBeGreaterThan(9);
    expect(large.parsed / small.parsed).toBeLessThan(11);
  });

  it('refuses a row that never closes at the row limit: the same work for a 5 MB and a 50 MB sheet', async () => {
    const five = await refusal(xlsx(rowlessSheet(5 * MB)));
    const fifty = await refusal(xlsx(rowlessSheet(50 * MB)));
    for (const r of [five, fifty]) {
      expect(r).toMatchObject({ kind: 'ROW_TOO_LONG', row: 2 });
      expect(r.parsed).toBeLessThan(XLSX_LIMITS.maxRowChars + 200 * 1024);
    }
    // (bytes: the Chinese text is 3 bytes a character in UTF-8)
    expect(fifty.inflated).toBeLessThan(XLSX_LIMITS.maxRowChars * 3 + 600 * 1024);
  });

  it('refuses rows beyond Excel’s limits: too many cells, a cell too long, row and column numbers, text without tags, nesting', async () => {
    const cells = (n: number): string => Array.from({ length: n }, () => '<c><v>1</v></c>').join('');
    expect(
      await refusal(sheetOf(`${HEADER_ROW}<row r="2">${cells(XLSX_LIMITS.maxCellsPerRow + 1)}</row>`)),
    ).toMatchObject({ kind: 'TOO_MANY_CELLS', row: 2 });
    expect(
      await refusal(sheetOf(`<row r="1">${cell('A1', 'x'.repeat(XLSX_LIMITS.maxCellChars + 1))}</row>`)),
    ).toMatchObject({ kind: 'CELL_TOO_LONG', row: 1 });
    expect(await refusal(sheetOf('<row r="0"></row>'))).toMatchObject({ kind: 'BAD_REFERENCE' });
    expect(await refusal(sheetOf('<row r="1"><c r="XFE1"><v>1</v></c></row>'))).toMatchObject({
      kind: 'BAD_REFERENCE',
      row: 1,
    });
    expect(await refusal(sheetOf('<row r="1"><row r="2"></row></row>'))).toMatchObject({ kind: 'BAD_XML', row: 1 });
    expect(
      await refusal(sheetOf(`<x>${randomBytes(XLSX_LIMITS.maxGapChars / 2 + 1000).toString('hex')}</x>`)),
    ).toMatchObject({ kind: 'BAD_XML' });
    expect(await refusal(sheetOf(`${'<x>'.repeat(100)}${'</x>'.repeat(100)}`))).toMatchObject({ kind: 'TOO_DEEP' });
    expect(await refusal(sheetOf('<row r="1"><c><v>1</v></row>'))).toMatchObject({ kind: 'BAD_XML' });
  });

  it('counts the work of an ordinary file as its size', async () => {
    const file = repeatedPart(
      'sheet',
      `${SHEET_HEAD}${HEADER_ROW}`,
      `<row>${cell('A2', '王秀英')}</row>`,
      1000,
      SHEET_TAIL,
    );
    const result = await refusal(xlsx(file));
    expect(result.kind).toBeNull();
    expect(result.parsed).toBeLessThan(file.size * 1.01 + 4096);
  });
});
