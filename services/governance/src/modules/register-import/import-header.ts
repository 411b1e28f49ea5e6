import { columnOfHeader, type ColumnKey } from './register-columns.js';
import { cellText } from './register-row.js';
import type { XlsxReader, XlsxRow, XlsxSheet } from './xlsx-reader.js';

const HEADER_SEARCH_ROWS = 10;

export interface Header {
  sheet: XlsxSheet;
  row: number;
  columns: Map<number, ColumnKey>;
}

/** The header found, the rows already read after it, and the rest of its sheet (the same read, continued). */
export interface FoundHeader {
  header: Header;
  after: XlsxRow[];
  rows: AsyncGenerator<XlsxRow[]>;
}

function headerOf(r: XlsxRow): Map<number, ColumnKey> | null {
  const columns = new Map<number, ColumnKey>();
  r.cells.forEach((c, i) => {
    const key = columnOfHeader(cellText(c ?? null));
    if (key && ![...columns.values()].includes(key)) columns.set(i, key);
  });
  return [...columns.values()].includes('name') && columns.size >= 3 ? columns : null;
}

/**
 * The first sheet (visible ones first) with a header row among its first rows: the one with 姓名
 * and two more known columns. The sheet's read goes on from there; other sheets' reads are stopped.
 */
export async function findHeader(file: XlsxReader, onBytes?: (bytes: number) => void): Promise<FoundHeader | null> {
  const sheets = (await file.sheets()).sort((a, b) => Number(a.hidden) - Number(b.hidden));
  for (const sheet of sheets) {
    const rows = file.rows(sheet.path, onBytes);
    let seen = 0;
    // next() by hand: leaving a for-await loop would end the read the import goes on with
    for (let read = await rows.next(); !read.done && seen < HEADER_SEARCH_ROWS; read = await rows.next()) {
      const batch = read.value;
      for (let i = 0; i < batch.length && seen < HEADER_SEARCH_ROWS; i++, seen++) {
        const columns = headerOf(batch[i]);
        if (columns) return { header: { sheet, row: batch[i].row, columns }, after: batch.slice(i + 1), rows };
      }
    }
    await rows.return(undefined);
  }
  return null;
}
