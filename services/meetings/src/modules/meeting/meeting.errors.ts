import { CommonErrorCode, errorTable } from '@xiangzhi/subgraph-kit';

/** Why the meetings module refuses a request: its own codes (the kit's error contract). */
export enum MeetingErrorCode {
  KIND_INVALID = 'MEETING_KIND_INVALID',
  VILLAGE_CODE_INVALID = 'MEETING_VILLAGE_CODE_INVALID',
  VILLAGE_OUT_OF_SCOPE = 'MEETING_VILLAGE_OUT_OF_SCOPE',
  DATE_INVALID = 'MEETING_DATE_INVALID',
  TITLE_INVALID = 'MEETING_TITLE_INVALID',
  MINUTES_INVALID = 'MEETING_MINUTES_INVALID',
  /** No such cadre, a malformed id, or one the caller may not see or not of the meeting's village: one answer. */
  CADRE_NOT_FOUND = 'CADRE_NOT_FOUND',
  REGION_CODE_INVALID = 'MEETING_REGION_CODE_INVALID',
}

export const TITLE_MAX = 100;
export const MINUTES_MAX = 20_000;

/** Each code with the input field at fault and the message; `detail` says which rule of a field broke. */
export const meetingError = errorTable<MeetingErrorCode>({
  [MeetingErrorCode.KIND_INVALID]: { field: 'kind', message: '会议类型无效' },
  [MeetingErrorCode.VILLAGE_CODE_INVALID]: { field: 'villageCode', message: '村区划代码应为 12 位数字' },
  [MeetingErrorCode.VILLAGE_OUT_OF_SCOPE]: {
    code: CommonErrorCode.FORBIDDEN,
    message: '该村不在您的管辖范围内，不能为其登记会议',
  },
  [MeetingErrorCode.DATE_INVALID]: { field: 'date', message: '会议时间无效：应在 2000 年之后、一年以内' },
  [MeetingErrorCode.TITLE_INVALID]: { field: 'title', message: '会议名称无效' },
  [MeetingErrorCode.MINUTES_INVALID]: { field: 'minutes', message: '会议纪要无效' },
  [MeetingErrorCode.CADRE_NOT_FOUND]: {
    field: 'chairCadreId',
    message: '主持人不存在，或不是该村（或其所属乡镇）的党员干部',
  },
  [MeetingErrorCode.REGION_CODE_INVALID]: { field: 'regionCode', message: '区划代码应为 6、9 或 12 位数字' },
});
