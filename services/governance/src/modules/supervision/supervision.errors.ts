import { AppError, entityNotFound, invalidInput } from '@xiangzhi/subgraph-kit';

/** A bad value in a supervision task: `SUPERVISION_<FIELD>_INVALID` with the field and the message. */
export const supervisionInput = invalidInput('SUPERVISION');

export const taskNotFound = (field = 'taskId'): AppError =>
  entityNotFound('SUPERVISION_TASK', field, '督办卡不存在或不在您的管辖范围内');

export const transitionInvalid = (message: string): AppError =>
  new AppError('SUPERVISION_TRANSITION_INVALID', message, 'taskId');
