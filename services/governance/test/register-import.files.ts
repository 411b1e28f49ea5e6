import { constants, crc32, deflateRawSync } from 'node:zlib';
import { REGISTER_COLUMNS } from '../src/modules/register-import/index.js';

/**
 * Hand-made .xlsx files for the import's safety tests: what an attacker sends is not what Excel
 * writes, so these are built byte by byte (a zip writer, deflate streams of repeated blocks).
 */
export interface ZipPart {
  name: string;
  /** Raw deflate data (method 8) or the bytes themselves (method 0). */
  data: Buffer;
  method: 0 | 8;
  size: number;
  crc: number;
  /** The uncompressed size the headers claim, when it is a lie. */
  declaredSize?: number;
}

/** An entry deflated as a whole. */
export function part(name: string, text: string | Buffer): ZipPart {
  const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text);
  return { name, data: deflateRawSync(bytes), method: 8, size: bytes.length, crc: crc32(bytes) };
}

/**
 * An entry of `head`, then `unit` `times` over, then `tail`, deflated without holding it: each
 * unit is deflated once and its block repeated (full flushes make the blocks independent).
 */
export function repeatedPart(name: string, head: string, unit: string, times: number, tail: string): ZipPart {
  const flush = { level: 9, finishFlush: constants.Z_FULL_FLUSH };
  const [h, u, t] = [Buffer.from(head), Buffer.from(unit), Buffer.from(tail)];
  const block = deflateRawSync(u, flush);
  let crc = crc32(h);
  for (let i = 0; i < times; i++) crc = crc32(u, crc);
  crc = crc32(t, crc);
  const data = Buffer.concat([
    deflateRawSync(h, flush),
    ...Array.from({ length: times }, () => block),
    deflateRawSync(t),
  ]);
  return { name, data, method: 8, size: h.length + u.length * times + t.length, crc };
}

/** A zip of these entries (no zip64, no data descriptors), headers claiming `declaredSize` where set. */
export function zip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const size = p.declaredSize ?? p.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(p.method, 8);
    local.writeUInt32LE(p.crc >>> 0, 14);
    local.writeUInt32LE(p.data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(p.method, 10);
    central.writeUInt32LE(p.crc >>> 0, 16);
    central.writeUInt32LE(p.data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, p.data);
    centrals.push(central, name);
    offset += local.length + name.length + p.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const RELS =
  '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">';
export const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}><sheetData>`;
export const SHEET_TAIL = '</sheetData></worksheet>';

/** An inline-string cell. */
export const cell = (ref: string, text: string): string => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
/** The register template's header row, as row 1 of a hand-made sheet. */
export const HEADER_ROW = `<row r="1">${REGISTER_COLUMNS.map((c, i) => cell(`${String.fromCharCode(65 + i)}1`, c.header)).join('')}</row>`;

/** A workbook of one sheet (and shared strings, if given) around these parts; `extra` entries are added as they are. */
export function xlsx(sheet: ZipPart, strings?: ZipPart, extra: ZipPart[] = []): Buffer {
  return zip([
    part(
      '[Content_Types].xml',
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    part(
      '_rels/.rels',
      `${RELS}<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    part(
      'xl/workbook.xml',
      `<?xml version="1.0"?><workbook ${NS} xmlns:r="${REL}"><sheets><sheet name="人员信息" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    part(
      'xl/_rels/workbook.xml.rels',
      `${RELS}<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    { ...sheet, name: 'xl/worksheets/sheet1.xml' },
    ...(strings ? [{ ...strings, name: 'xl/sharedStrings.xml' }] : []),
    ...extra,
  ]);
}

/**
 * A sheet whose second row never closes: the header row, then cells (84 characters each, 100 to a
 * deflate block, about 200:1) until the sheet is about `chars` characters long.
 */
export function rowlessSheet(chars: number): ZipPart {
  const unit = cell('B2', '户主王秀英，石门村一组 8 号，务农，家庭年收入 1-3万元，住房安全').repeat(100);
  const head = `${SHEET_HEAD}${HEADER_ROW}<row r="2">`;
  return repeatedPart(
    'xl/worksheets/sheet1.xml',
    head,
    unit,
    Math.max(1, Math.round((chars - head.length) / unit.length)),
    '',
  );
}

/**
 * The zip bomb of the finding: about 500 MB of shared strings in a file of about half a megabyte, its size declared.
 */
export function sharedStringsBomb(declaredSize?: number): Buffer {
  const strings = repeatedPart(
    'xl/sharedStrings.xml',
    `<?xml version="1.0"?><sst ${NS}>`,
    '<si><t>AAAAAAAAAAAAAAAA</t></si>'.repeat(32_768),
    500,
    '</sst>',
  );
  return xlsx(part('sheet', `${SHEET_HEAD}${HEADER_ROW}${SHEET_TAIL}`), { ...strings, declaredSize });
}
