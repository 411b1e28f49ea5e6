import { AppError, invalidInput } from '@xiangzhi/subgraph-kit';

export enum GridErrorCode {
  GRID_FULL = 'GRID_FULL',
  GRID_EXISTS = 'GRID_EXISTS',
  GRID_LEADER_EXISTS = 'GRID_LEADER_EXISTS',
  GRID_MEMBER_EXISTS = 'GRID_MEMBER_EXISTS',
  GRID_MEMBER_ENDED = 'GRID_MEMBER_ENDED',
}

const MESSAGES: Record<GridErrorCode, string> = {
  // the message names the grid and its capacity: gridFullMessage (grid-capacity.ts)
  [GridErrorCode.GRID_FULL]: '该网格已满，请选择其他网格或调整设置',
  [GridErrorCode.GRID_EXISTS]: '该区划已有本级网格（每个乡镇一个一级网格，每个村一个二级网格）',
  [GridErrorCode.GRID_LEADER_EXISTS]: '该网格已有在任网格长，请先办理卸任',
  [GridErrorCode.GRID_MEMBER_EXISTS]: '该党员干部已在本网格任职',
  [GridErrorCode.GRID_MEMBER_ENDED]: '该任职已结束',
};

/** A grid rule broken; `message` overrides the default when it names something (the capacity, the leader). */
export const gridError = (code: GridErrorCode, field?: string, message?: string): AppError =>
  new AppError(code, message ?? MESSAGES[code], field);

/** A bad value in this module's input: `GRID_<FIELD>_INVALID` with the field and the message. */
export const gridInput = invalidInput('GRID');
