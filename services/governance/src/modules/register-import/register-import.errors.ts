import { AppError, CommonErrorCode, invalidInput } from '@xiangzhi/subgraph-kit';
import {
  NOT_XLSX_KINDS,
  UNSAFE_KINDS,
  XLSX_LIMITS,
  type XlsxProblemData,
  type XlsxProblemKind,
} from './xlsx-limits.js';

/** Error codes of the register import, each with its Chinese message. */
export enum RegisterImportErrorCode {
  NOT_XLSX = 'NOT_XLSX',
  FILE_TOO_LARGE = 'FILE_TOO_LARGE',
  NOT_A_VILLAGE = 'NOT_A_VILLAGE',
  IMPORT_NOT_READY = 'IMPORT_NOT_READY',
  IMPORT_HAS_ERRORS = 'IMPORT_HAS_ERRORS',
  /** The file asks for more than a register can need: a zip bomb, or a header that lies about sizes. */
  IMPORT_FILE_UNSAFE = 'IMPORT_FILE_UNSAFE',
  /** The file is a zip, but its sheet is damaged or beyond Excel's own limits (a row that never ends). */
  IMPORT_FILE_INVALID = 'IMPORT_FILE_INVALID',
  /** Too many files are being read at once (in this village, or in the service). */
  IMPORT_BUSY = 'IMPORT_BUSY',
}

/**
 * Largest workbook accepted, and the governance request body limit that fits it in base64 (with room for the query).
 */
export const MAX_IMPORT_BYTES = 18 * 1024 * 1024;
export const MAX_BODY_BYTES = 25 * 1024 * 1024;

export const importErrors = {
  notXlsx: (legacy: boolean): AppError =>
    new AppError(
      RegisterImportErrorCode.NOT_XLSX,
      legacy
        ? '这是旧版 .xls 文件，请在 Excel 或 WPS 中“另存为” .xlsx 后再导入'
        : '文件不是有效的 Excel（.xlsx）文件，请使用下载的模板',
      'contentBase64',
    ),
  tooLarge: (): AppError =>
    new AppError(
      RegisterImportErrorCode.FILE_TOO_LARGE,
      `文件超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB，请按村民小组拆分成几个文件分别导入`,
      'contentBase64',
    ),
  notVillage: (code: string): AppError =>
    new AppError(RegisterImportErrorCode.NOT_A_VILLAGE, `“${code}”不是已登记的村（社区）区划代码`, 'villageCode'),
  notReady: (status: string): AppError =>
    new AppError(
      RegisterImportErrorCode.IMPORT_NOT_READY,
      status === 'DONE'
        ? '该文件已导入完成；如需再次导入，请重新上传校验'
        : '该导入任务尚未校验完成或正在写入，请稍后再试',
      'jobId',
    ),
  hasErrors: (rows: number): AppError =>
    new AppError(
      RegisterImportErrorCode.IMPORT_HAS_ERRORS,
      `有 ${rows} 行存在错误，“全部导入”不能进行：请改正后重新上传，或选择“只导入无错误的户”`,
      'mode',
    ),
  /** A file the reader refused: not an .xlsx (NOT_XLSX), unsafe to open, or damaged. */
  file: (p: XlsxProblemData): AppError => {
    if (p.kind === 'ENCRYPTED')
      return new AppError(
        RegisterImportErrorCode.NOT_XLSX,
        '文件设置了打开密码，请在 Excel 或 WPS 中取消密码后再导入',
        'contentBase64',
      );
    if (NOT_XLSX_KINDS.has(p.kind)) return importErrors.notXlsx(p.kind === 'LEGACY_XLS');
    const code = UNSAFE_KINDS.has(p.kind)
      ? RegisterImportErrorCode.IMPORT_FILE_UNSAFE
      : RegisterImportErrorCode.IMPORT_FILE_INVALID;
    return new AppError(code, FILE_MESSAGES[p.kind](p.row), 'contentBase64');
  },
  villageBusy: (): AppError =>
    new AppError(
      RegisterImportErrorCode.IMPORT_BUSY,
      '本村已有一个文件正在校验，请等它校验完成后再上传',
      'villageCode',
    ),
  busy: (): AppError => new AppError(RegisterImportErrorCode.IMPORT_BUSY, '同时校验的文件较多，请稍等一两分钟后再上传'),
  forbidden: (): AppError =>
    new AppError(CommonErrorCode.FORBIDDEN, '只有本村（或上级）的书记、两委成员和乡镇、县管理员可以导入人员信息台账'),
};

const MB = 1024 * 1024;
const RESAVE = '请在 Excel 或 WPS 中打开并“另存为” .xlsx 后再导入';
const SPLIT = '请按村民小组拆分成几个文件分别导入';
const atRow = (row: number | undefined): string => (row ? `第 ${row} 行` : '文件中');

/** What the user is told about each refused file (NOT_XLSX kinds have their own messages above). */
const FILE_MESSAGES: Record<XlsxProblemKind, (row?: number) => string> = {
  NOT_ZIP: () => '',
  LEGACY_XLS: () => '',
  NOT_XLSX: () => '',
  ENCRYPTED: () => '',
  TOO_MANY_ENTRIES: () =>
    `文件内部的部件超过 ${XLSX_LIMITS.maxEntries} 个，不像是 Excel 保存的表格，已拒绝导入；${RESAVE}`,
  TOO_LARGE: () => `文件解压后超过 ${XLSX_LIMITS.maxTotalBytes / MB} MB，已拒绝导入；${SPLIT}`,
  RATIO: () => `文件的压缩比异常（超过 ${XLSX_LIMITS.maxRatio} 倍，可能是恶意构造的压缩包），已拒绝导入；${RESAVE}`,
  SIZE_MISMATCH: () => `文件内部记录的大小与实际内容不符（文件已损坏或被篡改），已拒绝导入；${RESAVE}`,
  STRINGS_TOO_LARGE: () => `文件中的文字解压后超过 ${XLSX_LIMITS.maxSharedStringsBytes / MB} MB，已拒绝导入；${SPLIT}`,
  BAD_ZIP: () => `文件已损坏，无法解压；${RESAVE}`,
  BAD_XML: (row) => `${atRow(row)}的表格内容已损坏（不是有效的 XML）；${RESAVE}`,
  ROW_TOO_LONG: (row) => `${atRow(row)}过长（超过 ${XLSX_LIMITS.maxRowChars / MB} MB），可能没有正确结束；${RESAVE}`,
  TOO_MANY_CELLS: (row) => `${atRow(row)}超过 ${XLSX_LIMITS.maxCellsPerRow} 列（Excel 的上限）；${RESAVE}`,
  CELL_TOO_LONG: (row) => `${atRow(row)}有单元格超过 ${XLSX_LIMITS.maxCellChars} 个字（Excel 的上限）；请删减后再导入`,
  BAD_REFERENCE: (row) => `${atRow(row)}的行号或列号超出 Excel 的范围；${RESAVE}`,
  TOO_DEEP: () => `文件内容嵌套过深，不是 Excel 保存的表格；${RESAVE}`,
};

/** A bad value in this module's input: `REGISTER_IMPORT_<FIELD>_INVALID` with the field and the message. */
export const registerImportInput = invalidInput('REGISTER_IMPORT');
