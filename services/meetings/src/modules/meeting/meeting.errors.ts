import { AppError, CommonErrorCode } from '@xiangzhi/subgraph-kit';

/** Why the meetings module refuses a request; each maps to a contract code (and the input field at fault). */
export enum MeetingErrorCode {
  READ_ONLY_ROLE = 'READ_ONLY_ROLE',
  KIND_INVALID = 'KIND_INVALID',
  VILLAGE_CODE_INVALID = 'VILLAGE_CODE_INVALID',
  VILLAGE_OUT_OF_SCOPE = 'VILLAGE_OUT_OF_SCOPE',
  DATE_INVALID = 'DATE_INVALID',
  TITLE_LENGTH = 'TITLE_LENGTH',
  MINUTES_TOO_LONG = 'MINUTES_TOO_LONG',
  CHAIR_INVALID = 'CHAIR_INVALID',
  REGION_CODE_INVALID = 'REGION_CODE_INVALID',
  ID_INVALID = 'ID_INVALID',
}

export const TITLE_MAX = 100;
export const MINUTES_MAX = 20_000;

interface Rule { code: CommonErrorCode; field?: string; message: string }

const RULES: Record<MeetingErrorCode, Rule> = {
  [MeetingErrorCode.READ_ONLY_ROLE]: { code: CommonErrorCode.FORBIDDEN, message: '您的角色只能查看，不能登记会议' },
  [MeetingErrorCode.KIND_INVALID]: { code: CommonErrorCode.BAD_USER_INPUT, field: 'kind', message: '会议类型无效' },
  [MeetingErrorCode.VILLAGE_CODE_INVALID]: { code: CommonErrorCode.BAD_USER_INPUT, field: 'villageCode', message: '村区划代码应为 12 位数字' },
  [MeetingErrorCode.VILLAGE_OUT_OF_SCOPE]: { code: CommonErrorCode.FORBIDDEN, message: '该村不在您的管辖范围内，不能为其登记会议' },
  [MeetingErrorCode.DATE_INVALID]: { code: CommonErrorCode.BAD_USER_INPUT, field: 'date', message: '会议时间无效：应在 2000 年之后、一年以内' },
  [MeetingErrorCode.TITLE_LENGTH]: { code: CommonErrorCode.BAD_USER_INPUT, field: 'title', message: `会议名称应为 1 到 ${TITLE_MAX} 个字` },
  [MeetingErrorCode.MINUTES_TOO_LONG]: { code: CommonErrorCode.BAD_USER_INPUT, field: 'minutes', message: `会议纪要不能超过 ${MINUTES_MAX} 个字` },
  [MeetingErrorCode.CHAIR_INVALID]: { code: CommonErrorCode.BAD_USER_INPUT, field: 'chairCadreId', message: '主持人编号无效' },
  [MeetingErrorCode.REGION_CODE_INVALID]: { code: CommonErrorCode.BAD_USER_INPUT, field: 'regionCode', message: '区划代码应为 6、9 或 12 位数字' },
  [MeetingErrorCode.ID_INVALID]: { code: CommonErrorCode.BAD_USER_INPUT, field: 'id', message: '会议编号无效' },
};

export const meetingError = (code: MeetingErrorCode): AppError => {
  const rule = RULES[code];
  return new AppError(rule.code, rule.message, rule.field);
};
