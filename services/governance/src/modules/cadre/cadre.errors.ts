import { AppError } from '@xiangzhi/subgraph-kit';

/** Codes of the cadre module (besides the common BAD_USER_INPUT / FORBIDDEN / CONFLICT). */
export enum CadreErrorCode {
  /** A cadre's own capacity set below the households already paired. */
  CAPACITY_BELOW_PAIRED = 'CAPACITY_BELOW_PAIRED',
}

export const CADRE_ERROR_MESSAGES: Record<CadreErrorCode, string> = {
  CAPACITY_BELOW_PAIRED: '联户上限不能低于已联系的户数，请先解除部分结对',
};

export const cadreError = (code: CadreErrorCode, field?: string, detail?: string): AppError =>
  new AppError(code, detail ? `${CADRE_ERROR_MESSAGES[code]}（${detail}）` : CADRE_ERROR_MESSAGES[code], field);
