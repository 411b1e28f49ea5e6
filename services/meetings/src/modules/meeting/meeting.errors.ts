import { AppError, CommonErrorCode, errorTable } from '@xiangzhi/subgraph-kit';

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
  PLACE_INVALID = 'MEETING_PLACE_INVALID',
  NOTICE_TEXT_INVALID = 'MEETING_NOTICE_TEXT_INVALID',
  CANCEL_REASON_INVALID = 'MEETING_CANCEL_REASON_INVALID',
  /** No such meeting, a malformed id, or one outside the caller's jurisdiction: one answer. */
  NOT_FOUND = 'MEETING_NOT_FOUND',
  VERSION_CONFLICT = 'MEETING_VERSION_CONFLICT',
  ALREADY_HELD = 'MEETING_ALREADY_HELD',
  ALREADY_CANCELLED = 'MEETING_ALREADY_CANCELLED',
  /** A meeting is marked held on its day or after, never before. */
  NOT_YET_DUE = 'MEETING_NOT_YET_DUE',
  YEAR_INVALID = 'MEETING_YEAR_INVALID',
  RANGE_INVALID = 'MEETING_RANGE_INVALID',
  FORUM_DAY_INVALID = 'MEETING_FORUM_DAY_INVALID',
  ATTENDANCE_NOT_FOUND = 'ATTENDANCE_NOT_FOUND',
  ATTENDANCE_ALREADY_WITHDRAWN = 'ATTENDANCE_ALREADY_WITHDRAWN',
  /** The cadre already has an attendance at this meeting (withdraw it to change it). */
  ATTENDANCE_DUPLICATE = 'ATTENDANCE_DUPLICATE',
  ATTENDANCE_PERSON_INVALID = 'ATTENDANCE_PERSON_INVALID',
  ATTENDANCE_OBSERVER_KIND_INVALID = 'ATTENDANCE_OBSERVER_KIND_INVALID',
  /** A liaison leader (包村领导) is a cadre of the meeting's township. */
  ATTENDANCE_LIAISON_NOT_TOWNSHIP = 'ATTENDANCE_LIAISON_NOT_TOWNSHIP',
}

export const TITLE_MAX = 100;
export const MINUTES_MAX = 20_000;
export const PLACE_MAX = 100;
export const NOTICE_MAX = 2000;
export const REASON_MAX = 200;
export const PERSON_NAME_MAX = 20;

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
  [MeetingErrorCode.PLACE_INVALID]: { field: 'place', message: '会议地点无效' },
  [MeetingErrorCode.NOTICE_TEXT_INVALID]: { field: 'noticeText', message: '通知正文无效' },
  [MeetingErrorCode.CANCEL_REASON_INVALID]: { field: 'reason', message: '取消原因无效' },
  [MeetingErrorCode.NOT_FOUND]: { field: 'id', message: '会议不存在，或不在您的管辖范围内' },
  [MeetingErrorCode.VERSION_CONFLICT]: { field: 'version', message: '会议已被他人修改，请刷新后重试' },
  [MeetingErrorCode.ALREADY_HELD]: { field: 'id', message: '会议已召开，不能再修改、取消或重复标记' },
  [MeetingErrorCode.ALREADY_CANCELLED]: { field: 'id', message: '会议已取消' },
  [MeetingErrorCode.NOT_YET_DUE]: { field: 'id', message: '会议日期未到，不能标记为已召开' },
  [MeetingErrorCode.YEAR_INVALID]: { field: 'year', message: '年份无效' },
  [MeetingErrorCode.RANGE_INVALID]: { field: 'from', message: '日期范围无效：应为 YYYY-MM-DD，且不超过 62 天' },
  [MeetingErrorCode.FORUM_DAY_INVALID]: { field: 'day', message: '固定说事日应为每月 1 到 28 日' },
  [MeetingErrorCode.ATTENDANCE_NOT_FOUND]: { field: 'id', message: '参会记录不存在，或不在您的管辖范围内' },
  [MeetingErrorCode.ATTENDANCE_ALREADY_WITHDRAWN]: { field: 'id', message: '该参会记录已撤销' },
  [MeetingErrorCode.ATTENDANCE_DUPLICATE]: {
    field: 'cadreId',
    message: '该党员干部已登记过本次会议的参会情况；如需更改，请先撤销原记录',
  },
  [MeetingErrorCode.ATTENDANCE_PERSON_INVALID]: {
    field: 'name',
    message: `请选择党员干部，或填写参会人姓名（1 到 ${PERSON_NAME_MAX} 个字）`,
  },
  [MeetingErrorCode.ATTENDANCE_OBSERVER_KIND_INVALID]: {
    field: 'observerKind',
    message: '列席人员须注明类别（包村领导、驻村工作队或其他），非列席人员不填',
  },
  [MeetingErrorCode.ATTENDANCE_LIAISON_NOT_TOWNSHIP]: {
    field: 'cadreId',
    message: '包村领导应是本村所属乡镇的干部',
  },
});

/** MEETING_NOT_FOUND on the field that named the meeting (`id`, or `meetingId` in an attendance). */
export const meetingNotFound = (field = 'id'): AppError =>
  new AppError(MeetingErrorCode.NOT_FOUND, '会议不存在，或不在您的管辖范围内', field);
