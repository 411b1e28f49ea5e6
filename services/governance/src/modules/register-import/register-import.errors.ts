import { AppError, CommonErrorCode } from '@xiangzhi/subgraph-kit';

/** Error codes of the register import, each with its Chinese message. */
export enum RegisterImportErrorCode {
  NOT_XLSX = 'NOT_XLSX',
  FILE_TOO_LARGE = 'FILE_TOO_LARGE',
  NOT_A_VILLAGE = 'NOT_A_VILLAGE',
  IMPORT_NOT_READY = 'IMPORT_NOT_READY',
  IMPORT_HAS_ERRORS = 'IMPORT_HAS_ERRORS',
}

/** Largest workbook accepted, and the governance request body limit that fits it in base64 (with room for the query). */
export const MAX_IMPORT_BYTES = 18 * 1024 * 1024;
export const MAX_BODY_BYTES = 25 * 1024 * 1024;

export const importErrors = {
  notXlsx: (legacy: boolean): AppError => new AppError(RegisterImportErrorCode.NOT_XLSX,
    legacy ? '这是旧版 .xls 文件，请在 Excel 或 WPS 中“另存为” .xlsx 后再导入' : '文件不是有效的 Excel（.xlsx）文件，请使用下载的模板', 'contentBase64'),
  tooLarge: (): AppError => new AppError(RegisterImportErrorCode.FILE_TOO_LARGE,
    `文件超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB，请按村民小组拆分成几个文件分别导入`, 'contentBase64'),
  notVillage: (code: string): AppError => new AppError(RegisterImportErrorCode.NOT_A_VILLAGE, `“${code}”不是已登记的村（社区）区划代码`, 'villageCode'),
  notReady: (status: string): AppError => new AppError(RegisterImportErrorCode.IMPORT_NOT_READY,
    status === 'DONE' ? '该文件已导入完成；如需再次导入，请重新上传校验' : '该导入任务尚未校验完成或正在写入，请稍后再试', 'jobId'),
  hasErrors: (rows: number): AppError => new AppError(RegisterImportErrorCode.IMPORT_HAS_ERRORS,
    `有 ${rows} 行存在错误，“全部导入”不能进行：请改正后重新上传，或选择“只导入无错误的户”`, 'mode'),
  forbidden: (): AppError => new AppError(CommonErrorCode.FORBIDDEN, '只有本村（或上级）的书记、两委成员和乡镇、县管理员可以导入人员信息台账'),
};
