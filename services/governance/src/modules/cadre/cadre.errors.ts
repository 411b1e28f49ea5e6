import { AppError, invalidInput } from '@xiangzhi/subgraph-kit';

/** Codes of the cadre module (besides the common FORBIDDEN / CONFLICT and the `…_INVALID` input codes below). */
export enum CadreErrorCode {
  /** A cadre's own capacity set below the households already paired. */
  CAPACITY_BELOW_PAIRED = 'CAPACITY_BELOW_PAIRED',
}

export const CADRE_ERROR_MESSAGES: Record<CadreErrorCode, string> = {
  CAPACITY_BELOW_PAIRED: '联户上限不能低于已联系的户数，请先解除部分结对',
};

export const cadreError = (code: CadreErrorCode, field?: string, detail?: string): AppError =>
  new AppError(code, detail ? `${CADRE_ERROR_MESSAGES[code]}（${detail}）` : CADRE_ERROR_MESSAGES[code], field);

/** A bad value in this module's input: `CADRE_<FIELD>_INVALID` with the field and the message. */
export const cadreInput = invalidInput('CADRE');

/** A bad value in an appointment to a grid: `GRID_MEMBER_<FIELD>_INVALID`. */
export const gridMemberInput = invalidInput('GRID_MEMBER');
