import { AppError, CommonErrorCode } from '@xiangzhi/subgraph-kit';

/** Why the meetings module refuses a request; each maps to a contract code (and the input field at fault). */
export enum MeetingErrorCode {
  KIND_INVALID = 'KIND_INVALID',
  VILLAGE_CODE_INVALID = 'VILLAGE_CODE_INVALID',
  VILLAGE_OUT_OF_SCOPE = 'VILLAGE_OUT_OF_SCOPE',
  DATE_INVALID = 'DATE_INVALID',
  TITLE_LENGTH = 'TITLE_LENGTH',
  MINUTES_TOO_LONG = 'MINUTES_TOO_LONG',
  TITLE_CONTROL_CHARS = 'TITLE_CONTROL_CHARS',
  MINUTES_CONTROL_CHARS = 'MINUTES_CONTROL_CHARS',
  CHAIR_INVALID = 'CHAIR_INVALID',
  /** No such cadre, or one the caller may not see or who does not belong to the meeting's village: one answer, so nothing leaks. */
  CADRE_NOT_FOUND = 'CADRE_NOT_FOUND',
  REGION_CODE_INVALID = 'REGION_CODE_INVALID',
  ID_INVALID = 'ID_INVALID',
}

export const TITLE_MAX = 100;
export const MINUTES_MAX = 20_000;

interface Rule {
  code: CommonErrorCode | MeetingErrorCode;
  field?: string;
  message: string;
}

const RULES: Record<MeetingErrorCode, Rule> = {
  [MeetingErrorCode.KIND_INVALID]: { code: CommonErrorCode.BAD_USER_INPUT, field: 'kind', message: '会议类型无效' },
  [MeetingErrorCode.VILLAGE_CODE_INVALID]: {
    code: CommonErrorCode.BAD_USER_INPUT,
    field: 'villageCode',
    message: '村区划代码应为 12 位数字',
  },
  [MeetingErrorCode.VILLAGE_OUT_OF_SCOPE]: {
    code: CommonErrorCode.FORBIDDEN,
    message: '该村不在您的管辖范围内，不能为其登记会议',
  },
  [MeetingErrorCode.DATE_INVALID]: {
    code: CommonErrorCode.BAD_USER_INPUT,
    field: 'date',
    message: '会议时间无效：应在 2000 年之后、一年以内',
  },
  [MeetingErrorCode.TITLE_LENGTH]: {
    code: CommonErrorCode.BAD_USER_INPUT,
    field: 'title',
    message: `会议名称应为 1 到 ${TITLE_MAX} 个字`,
  },
  [MeetingErrorCode.MINUTES_TOO_LONG]: {
    code: CommonErrorCode.BAD_USER_INPUT,
    field: 'minutes',
    message: `会议纪要不能超过 ${MINUTES_MAX} 个字`,
  },
  [MeetingErrorCode.TITLE_CONTROL_CHARS]: {
    code: CommonErrorCode.BAD_USER_INPUT,
    field: 'title',
    message: '会议名称不能包含换行、制表符等控制字符',
  },
  [MeetingErrorCode.MINUTES_CONTROL_CHARS]: {
    code: CommonErrorCode.BAD_USER_INPUT,
    field: 'minutes',
    message: '会议纪要不能包含控制字符（只允许换行和制表符）',
  },
  [MeetingErrorCode.CADRE_NOT_FOUND]: {
    code: MeetingErrorCode.CADRE_NOT_FOUND,
    field: 'chairCadreId',
    message: '主持人不存在，或不是该村（或其所属乡镇）的党员干部',
  },
  [MeetingErrorCode.CHAIR_INVALID]: {
    code: CommonErrorCode.BAD_USER_INPUT,
    field: 'chairCadreId',
    message: '主持人编号无效',
  },
  [MeetingErrorCode.REGION_CODE_INVALID]: {
    code: CommonErrorCode.BAD_USER_INPUT,
    field: 'regionCode',
    message: '区划代码应为 6、9 或 12 位数字',
  },
  [MeetingErrorCode.ID_INVALID]: { code: CommonErrorCode.BAD_USER_INPUT, field: 'id', message: '会议编号无效' },
};

export const meetingError = (code: MeetingErrorCode): AppError => {
  const rule = RULES[code];
  return new AppError(rule.code, rule.message, rule.field);
};
