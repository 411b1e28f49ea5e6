import { AppError, entityNotFound, invalidInput } from '@xiangzhi/subgraph-kit';
import { STEP_LABELS, type DeliberationStep } from './deliberation.enums.js';

export const TITLE_MAX = 100;
export const NOTICE_MAX = 5000;
export const REASON_MAX = 500;
/** No village meeting is larger than this; a bigger count is a typing mistake. */
export const COUNT_MAX = 100_000;

/** A bad value of a deliberation: `DELIBERATION_<FIELD>_INVALID` with the field and the message. */
export const deliberationInput = invalidInput('DELIBERATION');

/** A bad value of a step rule: `DELIBERATION_RULE_<FIELD>_INVALID`. */
export const deliberationRuleInput = invalidInput('DELIBERATION_RULE');

/** Unknown, malformed or out of jurisdiction: one answer (existence never leaks). */
export const deliberationNotFound = (): AppError =>
  entityNotFound('DELIBERATION', 'deliberationId', '“四议两公开”事项不存在，或不在您的管辖范围内');

export const agendaItemNotFound = (): AppError =>
  entityNotFound('AGENDA_ITEM', 'agendaItemId', '说事会事项不存在，或不在您的管辖范围内');

/** A step named out of turn: skipping, repeating or going back without a decision. */
export const stepOrderInvalid = (expected: DeliberationStep | null, detail?: string): AppError =>
  new AppError(
    'DELIBERATION_STEP_ORDER_INVALID',
    detail ?? (expected ? `环节不能跳过或颠倒：现在应办理“${STEP_LABELS[expected]}”` : '该事项已没有待办环节'),
    'step',
  );

/** A write on a matter that has ended or is complete. */
export const deliberationClosed = (completed: boolean): AppError =>
  new AppError(
    'DELIBERATION_STATUS_INVALID',
    completed ? '该事项六个环节已全部完成，不能再修改' : '该事项已终止，不能再办理',
    'deliberationId',
  );
