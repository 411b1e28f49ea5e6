import { AppError, CommonErrorCode, invalidInput } from '@xiangzhi/subgraph-kit';

/** Errors of the register export (both are FORBIDDEN, with a Chinese reason). */
export const exportErrors = {
  forbidden: (): AppError => new AppError(CommonErrorCode.FORBIDDEN, '您的角色不能导出人员信息台账'),
  cannotUnmask: (): AppError =>
    new AppError(CommonErrorCode.FORBIDDEN, '您没有导出明文（未脱敏）身份证号和电话的权限，请导出脱敏版本'),
};

/** A bad value in this module's input: `REGISTER_EXPORT_<FIELD>_INVALID` with the field and the message. */
export const registerExportInput = invalidInput('REGISTER_EXPORT');
