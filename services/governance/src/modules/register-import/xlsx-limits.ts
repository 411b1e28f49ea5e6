const MB = 1024 * 1024;

/**
 * Hard limits of the .xlsx reader. An upload is at most 18 MB, but zip and XML let a small file
 * ask for unbounded work (a zip bomb, a row that never ends), so the reader checks what it is
 * told before reading and counts what it actually reads.
 */
export const XLSX_LIMITS = {
  /** Entries in the zip: Excel and WPS write a dozen or two; thousands only tire the reader. */
  maxEntries: 1000,
  /** Uncompressed bytes of all entries, declared and read: the benchmark's 100,000 households are 228 MB. */
  maxTotalBytes: 300 * MB,
  /** Uncompressed bytes of the shared strings, which are held in memory (the benchmark's are 20 MB). */
  maxSharedStringsBytes: 64 * MB,
  /** Uncompressed ÷ compressed size of one entry; Excel's sheets compress about 8:1. */
  maxRatio: 100,
  /** Entries smaller than this may compress better than maxRatio: they cost nothing to inflate. */
  ratioFloorBytes: 1 * MB,
  /** Cells in one row: Excel's last column is XFD (16,384). */
  maxCellsPerRow: 16_384,
  /** Excel's last row. */
  maxRows: 1_048_576,
  /** Characters of XML in one row (16 full text cells are about half of it). */
  maxRowChars: 1 * MB,
  /** Characters of one cell or shared string: Excel's own limit. */
  maxCellChars: 32_767,
  /** Characters of XML between two tags (text, an attribute, a comment). */
  maxGapChars: 1 * MB,
  /** Nesting of XML elements (a sheet nests about 5 deep). */
  maxDepth: 64,
};
export type XlsxLimits = typeof XLSX_LIMITS;

/** What the file is, as far as the user can tell: not an .xlsx, unsafe to open, or a damaged sheet. */
export type XlsxProblemKind =
  | 'NOT_ZIP'
  | 'LEGACY_XLS'
  | 'NOT_XLSX'
  | 'ENCRYPTED'
  | 'TOO_MANY_ENTRIES'
  | 'TOO_LARGE'
  | 'RATIO'
  | 'SIZE_MISMATCH'
  | 'STRINGS_TOO_LARGE'
  | 'BAD_ZIP'
  | 'BAD_XML'
  | 'ROW_TOO_LONG'
  | 'TOO_MANY_CELLS'
  | 'CELL_TOO_LONG'
  | 'BAD_REFERENCE'
  | 'TOO_DEEP';

export interface XlsxProblemData {
  kind: XlsxProblemKind;
  entry?: string;
  row?: number;
  detail?: string;
}

/** A file the reader refuses, with where (entry, row) when it knows. */
export class XlsxProblem extends Error {
  constructor(
    readonly kind: XlsxProblemKind,
    readonly where: Omit<XlsxProblemData, 'kind'> = {},
  ) {
    const at = `${where.entry ? ` in ${where.entry}` : ''}${where.row ? ` at row ${where.row}` : ''}`;
    super(`xlsx: ${kind}${at}${where.detail ? `: ${where.detail}` : ''}`);
    this.name = 'XlsxProblem';
  }

  /** Plain data, to cross from the worker thread. */
  toData(): XlsxProblemData {
    return { kind: this.kind, ...this.where };
  }
}

/** Problems that say the file is not an .xlsx at all (an existing error code, NOT_XLSX). */
export const NOT_XLSX_KINDS: ReadonlySet<XlsxProblemKind> = new Set(['NOT_ZIP', 'LEGACY_XLS', 'NOT_XLSX', 'ENCRYPTED']);
/** Problems that say the file asks for more than a register can need (a zip bomb). */
export const UNSAFE_KINDS: ReadonlySet<XlsxProblemKind> = new Set([
  'TOO_MANY_ENTRIES',
  'TOO_LARGE',
  'RATIO',
  'SIZE_MISMATCH',
  'STRINGS_TOO_LARGE',
]);
