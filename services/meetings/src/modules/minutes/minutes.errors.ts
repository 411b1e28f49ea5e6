import { entityNotFound, errorTable, type AppError } from '@xiangzhi/subgraph-kit';

/** Why the minutes module refuses a request: its own codes (the kit's error contract). */
export enum MinutesErrorCode {
  /** No such meeting, a malformed id, or one outside the caller's jurisdiction: one answer. */
  MEETING_NOT_FOUND = 'MEETING_NOT_FOUND',
  ALREADY_DRAFTED = 'MINUTES_ALREADY_DRAFTED',
  VERSION_CONFLICT = 'MINUTES_VERSION_CONFLICT',
  /** Published minutes are read-only: edits and a second publish are refused. */
  PUBLISHED = 'MINUTES_PUBLISHED',
  /** Addenda correct published minutes; a draft is simply edited. */
  NOT_PUBLISHED = 'MINUTES_NOT_PUBLISHED',
  BODY_INVALID = 'MINUTES_BODY_INVALID',
  ADDENDUM_INVALID = 'MINUTES_ADDENDUM_TEXT_INVALID',
  MEETING_CANCELLED = 'MINUTES_MEETING_CANCELLED',
  /** Minutes record what happened: they are published once the meeting is held. */
  MEETING_NOT_HELD = 'MINUTES_MEETING_NOT_HELD',
}

// a forum's minutes run to pages; an addendum is a paragraph
export const BODY_MAX = 20_000;
export const ADDENDUM_MAX = 2_000;

/** Each code with the input field at fault and the message; `detail` says which rule of a field broke. */
export const minutesError = errorTable<MinutesErrorCode>({
  [MinutesErrorCode.MEETING_NOT_FOUND]: { field: 'meetingId', message: '会议不存在或不在您的管辖范围内' },
  [MinutesErrorCode.ALREADY_DRAFTED]: { field: 'meetingId', message: '该会议已有纪要，请刷新后在原纪要上编辑' },
  [MinutesErrorCode.VERSION_CONFLICT]: { field: 'version', message: '会议纪要已被他人修改，请刷新后重试' },
  [MinutesErrorCode.PUBLISHED]: { field: 'id', message: '会议纪要已发布，不能再修改；如需更正请添加补充说明' },
  [MinutesErrorCode.NOT_PUBLISHED]: { field: 'minutesId', message: '纪要尚未发布，请直接修改草稿' },
  [MinutesErrorCode.BODY_INVALID]: { field: 'body', message: '纪要正文无效' },
  [MinutesErrorCode.ADDENDUM_INVALID]: { field: 'text', message: '补充说明无效' },
  [MinutesErrorCode.MEETING_CANCELLED]: { field: 'meetingId', message: '会议已取消，不能起草纪要' },
  [MinutesErrorCode.MEETING_NOT_HELD]: { field: 'id', message: '会议尚未召开，召开后才能发布纪要' },
});

/** Minutes that do not exist, are malformed or lie outside the jurisdiction: one answer, on the field named. */
export const minutesNotFound = (field: string): AppError =>
  entityNotFound('Minutes', field, '会议纪要不存在或不在您的管辖范围内');
