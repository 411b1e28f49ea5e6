import { AppError, entityNotFound, invalidInput } from '@xiangzhi/subgraph-kit';

/** A bad value in a patrol plan, point or check-in: `PATROL_<FIELD>_INVALID` with the field and the message. */
export const patrolInput = invalidInput('PATROL');

export const planNotFound = (field = 'planId'): AppError =>
  entityNotFound('PATROL_PLAN', field, '巡查计划不存在或不在您的管辖范围内');
export const pointNotFound = (field = 'pointId'): AppError =>
  entityNotFound('PATROL_POINT', field, '巡查点位不存在或不在您的管辖范围内');
export const checkInNotFound = (field = 'checkInId'): AppError =>
  entityNotFound('PATROL_CHECK_IN', field, '巡查签到不存在或不在您的管辖范围内');
export const gridNotFound = (): AppError => entityNotFound('GRID', 'gridId', '网格不存在或不在您的管辖范围内');
