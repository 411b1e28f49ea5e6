import { AppError, invalidInput } from '@xiangzhi/subgraph-kit';

/** Codes of the pairing module, besides FORBIDDEN / CONFLICT and the `PAIRING_<FIELD>_INVALID` input codes. */
export enum PairingErrorCode {
  /** The cadre already takes as many households as the capacity in force. */
  CADRE_FULL = 'CADRE_FULL',
  /** This cadre is already paired with this household. */
  ALREADY_PAIRED = 'ALREADY_PAIRED',
  /** A suggestion went stale: the household has a cadre now. */
  HOUSEHOLD_ALREADY_PAIRED = 'HOUSEHOLD_ALREADY_PAIRED',
  /** The pairing was ended before. */
  PAIRING_ENDED = 'PAIRING_ENDED',
}

export const PAIRING_ERROR_MESSAGES: Record<PairingErrorCode, string> = {
  CADRE_FULL: '该党员干部联户已满',
  ALREADY_PAIRED: '该党员干部已与这户结对，不能重复结对',
  HOUSEHOLD_ALREADY_PAIRED: '这户已有联户党员，建议已失效，请刷新',
  PAIRING_ENDED: '该结对已解除',
};

export const pairingError = (code: PairingErrorCode, field?: string, detail?: string): AppError =>
  new AppError(code, detail ? `${PAIRING_ERROR_MESSAGES[code]}（${detail}）` : PAIRING_ERROR_MESSAGES[code], field);

/** A bad value in this module's input: `PAIRING_<FIELD>_INVALID` with the field and the message. */
export const pairingInput = invalidInput('PAIRING');
