import { posix } from 'node:path';
import { XLSX_LIMITS, XlsxProblem, type XlsxLimits } from './xlsx-limits.js';
import { XlsxZip } from './xlsx-zip.js';
import { XmlReader, type XmlHandlers } from './xlsx-xml.js';

/**
 * The rows of an .xlsx, for big register imports: yauzl for the zip (xlsx-zip.ts), saxes for
 * the XML (xlsx-xml.ts), within XLSX_LIMITS. The shared strings are loaded once; a worksheet is
 * streamed, a batch of rows per inflated piece, so memory holds one piece and one row, not the
 * sheet. It understands what Excel, WPS and exceljs write: shared and inline strings, numbers,
 * booleans, formula results, rich text (without phonetic runs), and `_xHHHH_` escapes.
 */
export type CellValue = string | number | boolean | null;
export interface XlsxRow {
  row: number;
  cells: CellValue[];
}
export interface XlsxSheet {
  name: string;
  path: string;
  hidden: boolean;
}

/** Excel's `_xHHHH_` escapes of characters XML cannot carry (the XML entities are saxes's). */
export const decodeExcelEscapes = (s: string): string =>
  s.includes('_x') ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : s;

/** Column letters of a cell reference to a 0-based index: A1 → 0, AB7 → 27; -1 when there are none. */
export function columnIndex(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length && i < 4; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

/** The attribute whose local name is `name`, whatever its prefix (`r:id`, `ns1:id`). */
function prefixed(attributes: Record<string, string>, name: string): string | undefined {
  for (const [k, v] of Object.entries(attributes)) if (k.endsWith(`:${name}`)) return v;
  return undefined;
}

/** Collects the text of `<t>` elements outside phonetic runs (`<rPh>`), as `<si>` and `<is>` hold it. */
class RichText {
  text = '';
  private inT = false;
  private inPhonetic = false;
  constructor(
    private readonly limits: XlsxLimits,
    private readonly where: () => { entry: string; row?: number },
  ) {}
  open(name: string): void {
    if (name === 't') this.inT = !this.inPhonetic;
    else if (name === 'rPh') this.inPhonetic = true;
  }
  close(name: string): void {
    if (name === 't') this.inT = false;
    else if (name === 'rPh') this.inPhonetic = false;
  }
  add(text: string): void {
    if (!this.inT) return;
    this.text += text;
    if (this.text.length > this.limits.maxCellChars) throw new XlsxProblem('CELL_TOO_LONG', this.where());
  }
  take(): string {
    const s = decodeExcelEscapes(this.text);
    this.text = '';
    return s;
  }
}

export class XlsxReader {
  private sharedStrings: string[] | null = null;
  private readonly readers: XmlReader[] = [];

  private constructor(
    private readonly zip: XlsxZip,
    private readonly limits: XlsxLimits,
  ) {}

  static async open(buf: Buffer, limits: XlsxLimits = XLSX_LIMITS): Promise<XlsxReader> {
    const zip = await XlsxZip.open(buf, limits);
    if (!zip.has('xl/workbook.xml')) throw new XlsxProblem('NOT_XLSX');
    return new XlsxReader(zip, limits);
  }

  /** Work done so far: bytes inflated and characters parsed, of every part read. */
  get stats(): { inflated: number; parsed: number } {
    return { inflated: this.zip.inflated, parsed: this.readers.reduce((n, r) => n + r.chars, 0) };
  }

  private async parse(path: string, handlers: XmlHandlers): Promise<void> {
    if (!this.zip.has(path)) return;
    const reader = new XmlReader(path, this.limits, handlers);
    this.readers.push(reader);
    for await (const _ of reader.parse(this.zip.read(path))) {
      /* a part read whole */
    }
  }

  /** The worksheets in workbook order. */
  async sheets(): Promise<XlsxSheet[]> {
    const targets = new Map<string, string>();
    await this.parse('xl/_rels/workbook.xml.rels', {
      open: (name, a) => {
        if (name !== 'Relationship' || !a.Id || !a.Target) return;
        targets.set(a.Id, a.Target.startsWith('/') ? a.Target.slice(1) : posix.normalize(`xl/${a.Target}`));
      },
      close: () => undefined,
      text: () => undefined,
    });
    const out: XlsxSheet[] = [];
    await this.parse('xl/workbook.xml', {
      open: (name, a) => {
        if (name !== 'sheet') return;
        const path = targets.get(prefixed(a, 'id') ?? '');
        if (path && this.zip.has(path))
          out.push({ name: a.name ?? '', path, hidden: (a.state ?? 'visible') !== 'visible' });
      },
      close: () => undefined,
      text: () => undefined,
    });
    return out;
  }

  /** Uncompressed size of a sheet, for progress. */
  sheetSize(path: string): number {
    return this.zip.size(path);
  }

  /** The shared strings, read once (their size is limited: they stay in memory). */
  async strings(): Promise<string[]> {
    if (this.sharedStrings) return this.sharedStrings;
    const path = 'xl/sharedStrings.xml';
    if (this.zip.size(path) > this.limits.maxSharedStringsBytes)
      throw new XlsxProblem('STRINGS_TOO_LARGE', { entry: path });
    const strings: string[] = [];
    const rich = new RichText(this.limits, () => ({ entry: path }));
    await this.parse(path, {
      open: (name) => rich.open(name),
      close: (name) => {
        if (name === 'si') strings.push(rich.take());
        else rich.close(name);
      },
      text: (text) => rich.add(text),
    });
    this.sharedStrings = strings;
    return strings;
  }

  /** The rows of a sheet, a batch per inflated piece; `onBytes` gets the sheet's uncompressed bytes read so far. */
  async *rows(path: string, onBytes?: (bytes: number) => void): AsyncGenerator<XlsxRow[]> {
    if (!this.zip.has(path)) throw new XlsxProblem('NOT_XLSX', { entry: path });
    const strings = await this.strings();
    const sheet = new SheetRows(path, this.limits, strings);
    const reader = new XmlReader(path, this.limits, sheet);
    sheet.reader = reader;
    this.readers.push(reader);
    let bytes = 0;
    const counted = async function* (pieces: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
      for await (const piece of pieces) {
        bytes += piece.length;
        yield piece;
      }
    };
    for await (const _ of reader.parse(counted(this.zip.read(path)))) {
      onBytes?.(bytes);
      if (sheet.out.length) yield sheet.take();
    }
    if (sheet.out.length) yield sheet.take();
  }
}

/** The state of one worksheet's parse: the row being read, its cells, the rows done since the last batch. */
class SheetRows implements XmlHandlers {
  out: XlsxRow[] = [];
  reader!: XmlReader;
  private row: XlsxRow | null = null;
  private rowStart = 0;
  private lastRow = 0;
  private col = -1;
  private cellCount = 0;
  private type: string | undefined;
  private inCell = false;
  private inValue = false;
  private value: string | null = null;
  private readonly rich: RichText;

  constructor(
    private readonly entry: string,
    private readonly limits: XlsxLimits,
    private readonly strings: string[],
  ) {
    this.rich = new RichText(limits, () => ({ entry, row: this.row?.row }));
  }

  take(): XlsxRow[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  private fail(
    kind: 'ROW_TOO_LONG' | 'TOO_MANY_CELLS' | 'CELL_TOO_LONG' | 'BAD_REFERENCE' | 'BAD_XML',
    detail?: string,
  ): never {
    throw new XlsxProblem(kind, { entry: this.entry, row: this.row?.row ?? this.lastRow + 1, detail });
  }

  open(name: string, a: Record<string, string>): void {
    if (this.row && this.reader.position - this.rowStart > this.limits.maxRowChars) this.fail('ROW_TOO_LONG');
    if (name === 'row') {
      if (this.row) this.fail('BAD_XML', 'a row inside a row');
      const n = a.r === undefined ? this.lastRow + 1 : Number(a.r);
      if (!Number.isInteger(n) || n < 1 || n > this.limits.maxRows) this.fail('BAD_REFERENCE', `row ${a.r}`);
      this.row = { row: n, cells: [] };
      this.lastRow = n;
      this.rowStart = this.reader.position;
      this.col = -1;
      this.cellCount = 0;
    } else if (name === 'c') {
      if (!this.row) return;
      if (++this.cellCount > this.limits.maxCellsPerRow) this.fail('TOO_MANY_CELLS');
      const col = a.r === undefined ? this.col + 1 : columnIndex(a.r);
      if (col < 0 || col >= this.limits.maxCellsPerRow) this.fail('BAD_REFERENCE', `cell ${a.r ?? ''}`);
      this.col = col;
      this.type = a.t;
      this.inCell = true;
      this.value = null;
    } else if (this.inCell) {
      if (name === 'v') {
        this.inValue = true;
        this.value = '';
      }
      this.rich.open(name);
    }
  }

  text(text: string): void {
    if (this.inValue) {
      const value = (this.value ?? '') + text;
      if (value.length > this.limits.maxCellChars) this.fail('CELL_TOO_LONG');
      this.value = value;
    } else if (this.inCell) {
      this.rich.add(text);
    }
  }

  close(name: string): void {
    if (name === 'c' && this.inCell && this.row) {
      this.row.cells[this.col] = this.cellValue();
      this.inCell = false;
      this.inValue = false;
    } else if (name === 'row' && this.row) {
      if (this.reader.position - this.rowStart > this.limits.maxRowChars) this.fail('ROW_TOO_LONG');
      this.out.push(this.row);
      this.row = null;
    } else if (name === 'v') {
      this.inValue = false;
    } else if (this.inCell) {
      this.rich.close(name);
    }
  }

  private cellValue(): CellValue {
    if (this.type === 'inlineStr') {
      const s = this.rich.take();
      return s || (this.value === null ? null : decodeExcelEscapes(this.value));
    }
    this.rich.take();
    const text = this.value;
    if (text === null) return null;
    switch (this.type) {
      case 's':
        return this.strings[Number(text)] ?? null;
      case 'str':
      case 'd':
        return decodeExcelEscapes(text);
      case 'b':
        return text === '1';
      case 'e':
        return null;
      default: {
        const n = Number(text);
        return text.trim() !== '' && Number.isFinite(n) ? n : decodeExcelEscapes(text);
      }
    }
  }
}
