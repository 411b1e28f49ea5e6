import { AppError, invalidInput } from '@xiangzhi/subgraph-kit';

export enum TerritoryErrorCode {
  VILLAGER_GROUP_EXISTS = 'VILLAGER_GROUP_EXISTS',
}

const MESSAGES: Record<TerritoryErrorCode, string> = {
  [TerritoryErrorCode.VILLAGER_GROUP_EXISTS]: '本村已有同名的村民小组',
};

export const territoryError = (code: TerritoryErrorCode, field?: string): AppError =>
  new AppError(code, MESSAGES[code], field);

/** A bad value in this module's input: `TERRITORY_<FIELD>_INVALID` with the field and the message. */
export const territoryInput = invalidInput('TERRITORY');
