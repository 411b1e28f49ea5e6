import { AppError, entityNotFound, invalidInput } from '@xiangzhi/subgraph-kit';

/** A bad value in a case input or filter: `CASE_<FIELD>_INVALID` with the field and the message. */
export const caseInput = invalidInput('CASE');

/** An unknown case, or one out of the caller's reach: one answer for both. */
export const caseNotFound = (field = 'caseId'): AppError =>
  entityNotFound('CASE', field, '民情事项不存在或不在您的管辖范围内');

/** The action does not apply to the case as it stands (its status, level or a pending request). */
export const transitionInvalid = (message: string): AppError =>
  new AppError('CASE_TRANSITION_INVALID', message, 'action');

/** Someone else acted on the case since the caller read it. */
export const versionConflict = (): AppError =>
  new AppError('CASE_VERSION_CONFLICT', '该事项已被他人办理，请刷新后重试', 'version');
