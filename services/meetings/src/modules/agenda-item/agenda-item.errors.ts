import { CommonErrorCode, entityNotFound, errorTable } from '@xiangzhi/subgraph-kit';

/** Why the forum module refuses a request (the kit's error contract). */
export enum AgendaItemErrorCode {
  MEETING_NOT_FORUM = 'AGENDA_ITEM_MEETING_INVALID',
  REVIEW_MEETING_INVALID = 'AGENDA_ITEM_REVIEW_MEETING_INVALID',
  TRACK_INVALID = 'AGENDA_ITEM_TRACK_INVALID',
  KIND_INVALID = 'AGENDA_ITEM_KIND_INVALID',
  DOMAIN_INVALID = 'AGENDA_ITEM_DOMAIN_INVALID',
  TITLE_INVALID = 'AGENDA_ITEM_TITLE_INVALID',
  DESCRIPTION_INVALID = 'AGENDA_ITEM_DESCRIPTION_INVALID',
  RAISED_BY_NAME_INVALID = 'AGENDA_ITEM_RAISED_BY_NAME_INVALID',
  RAISED_BY_MISSING = 'AGENDA_ITEM_RAISED_BY_INVALID',
  HOUSEHOLD_ID_INVALID = 'AGENDA_ITEM_HOUSEHOLD_ID_INVALID',
  LINK_CASE_ID_INVALID = 'AGENDA_ITEM_LINK_CASE_ID_INVALID',
  CADRE_NOT_FOUND = 'CADRE_NOT_FOUND',
  DECIDED_ON_INVALID = 'AGENDA_ITEM_DECIDED_ON_INVALID',
  DUE_ON_INVALID = 'AGENDA_ITEM_DUE_ON_INVALID',
  DECISION_INVALID = 'AGENDA_ITEM_DECISION_INVALID',
  RESPONSIBLE_NAME_INVALID = 'AGENDA_ITEM_RESPONSIBLE_NAME_INVALID',
  ALREADY_DECIDED = 'AGENDA_ITEM_ALREADY_DECIDED',
  RATING_INVALID = 'AGENDA_ITEM_RATING_INVALID',
  REGION_CODE_INVALID = 'AGENDA_ITEM_REGION_CODE_INVALID',
  YEAR_INVALID = 'AGENDA_ITEM_YEAR_INVALID',
}

export const AGENDA_LIMITS = { title: 100, description: 2000, name: 20, decision: 500 } as const;

export const agendaItemError = errorTable<AgendaItemErrorCode>({
  [AgendaItemErrorCode.MEETING_NOT_FORUM]: { field: 'meetingId', message: '只能在党群说事会上登记说事事项' },
  [AgendaItemErrorCode.REVIEW_MEETING_INVALID]: {
    field: 'reviewMeetingId',
    message: '只能在本村的年度评议会（双述双评）上测评事项，且事项须在评议会之前提出',
  },
  [AgendaItemErrorCode.TRACK_INVALID]: { field: 'track', message: '分类无效：应为村级自办、公共重大或上级协调' },
  [AgendaItemErrorCode.KIND_INVALID]: { field: 'kind', message: '事项类别无效' },
  [AgendaItemErrorCode.DOMAIN_INVALID]: { field: 'domain', message: '事项领域无效' },
  [AgendaItemErrorCode.TITLE_INVALID]: {
    field: 'title',
    message: `事项应为 1 到 ${AGENDA_LIMITS.title} 个字，不含换行`,
  },
  [AgendaItemErrorCode.DESCRIPTION_INVALID]: {
    field: 'description',
    message: `群众反映的内容应为 1 到 ${AGENDA_LIMITS.description} 个字`,
  },
  [AgendaItemErrorCode.RAISED_BY_NAME_INVALID]: {
    field: 'raisedByName',
    message: `说事群众的姓名至多 ${AGENDA_LIMITS.name} 个字，不含换行`,
  },
  [AgendaItemErrorCode.RAISED_BY_MISSING]: {
    field: 'raisedBy',
    message: '请填写说事人：群众（姓名或农户）或党员干部，二者选一',
  },
  [AgendaItemErrorCode.HOUSEHOLD_ID_INVALID]: { field: 'householdId', message: '农户编号格式无效' },
  [AgendaItemErrorCode.LINK_CASE_ID_INVALID]: { field: 'linkCaseId', message: '民情事项编号格式无效' },
  [AgendaItemErrorCode.CADRE_NOT_FOUND]: {
    field: 'raisedByCadreId',
    message: '说事的党员干部不存在，或不是该村（或其所属乡镇）的党员干部',
  },
  [AgendaItemErrorCode.DECIDED_ON_INVALID]: {
    field: 'decidedOn',
    message: '决定日期无效：应在说事日当天或之后，且不晚于今天',
  },
  [AgendaItemErrorCode.DUE_ON_INVALID]: {
    field: 'dueOn',
    message: '办理期限无效：应在决定日期当天或之后，一年以内',
  },
  [AgendaItemErrorCode.DECISION_INVALID]: {
    field: 'decision',
    message: `决定内容应为 1 到 ${AGENDA_LIMITS.decision} 个字`,
  },
  [AgendaItemErrorCode.RESPONSIBLE_NAME_INVALID]: {
    field: 'responsibleName',
    message: `责任人至多 ${AGENDA_LIMITS.name} 个字，不含换行`,
  },
  [AgendaItemErrorCode.ALREADY_DECIDED]: {
    field: 'id',
    code: CommonErrorCode.CONFLICT,
    message: '该事项已作出决定，不能再修改分类或重新决定',
  },
  [AgendaItemErrorCode.RATING_INVALID]: { field: 'rating', message: '满意度无效' },
  [AgendaItemErrorCode.REGION_CODE_INVALID]: { field: 'regionCode', message: '区划代码应为 6、9 或 12 位数字' },
  [AgendaItemErrorCode.YEAR_INVALID]: { field: 'year', message: '年份应在 2000 年到明年之间' },
});

/** An item id that is unknown, malformed or outside the caller's villages: one answer. */
export const agendaItemNotFound = (field = 'id') =>
  entityNotFound('AgendaItem', field, '说事事项不存在，或不在您的管辖范围内');
