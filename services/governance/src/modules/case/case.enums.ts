import { registerEnumType } from 'type-graphql';

// The names of the case ledger (民情台账), shared by the case module's files and its GraphQL schema.
// shared/GLOSSARY.md gives each its Chinese term; shared/DESIGN.md "Workflows" the lifecycle.

/** Where a matter came from. */
export enum CaseSource {
  VISIT = 'VISIT',
  FORUM = 'FORUM',
  PATROL = 'PATROL',
  HOTLINE = 'HOTLINE',
  ONLINE_ORDER = 'ONLINE_ORDER',
  SUPERVISION = 'SUPERVISION',
}
registerEnumType(CaseSource, {
  name: 'CaseSource',
  description: '民情来源 / Case source',
  valuesConfig: {
    VISIT: { description: '走访发现' },
    FORUM: { description: '党群说事会' },
    PATROL: { description: '巡查发现' },
    HOTLINE: { description: '热线电话' },
    ONLINE_ORDER: { description: '群众点单' },
    SUPERVISION: { description: '督办任务' },
  },
});

export enum CaseKind {
  PROBLEM = 'PROBLEM',
  DEMAND = 'DEMAND',
  PETITION = 'PETITION',
  SUGGESTION = 'SUGGESTION',
}
registerEnumType(CaseKind, {
  name: 'CaseKind',
  description: '事项类别 / Case kind',
  valuesConfig: {
    PROBLEM: { description: '问题类' },
    DEMAND: { description: '诉求类' },
    PETITION: { description: '信访类' },
    SUGGESTION: { description: '建议类' },
  },
});

export enum CaseDomain {
  INDUSTRY = 'INDUSTRY',
  LIVELIHOOD = 'LIVELIHOOD',
  GOVERNANCE = 'GOVERNANCE',
  INFRASTRUCTURE = 'INFRASTRUCTURE',
  CADRE_CONDUCT = 'CADRE_CONDUCT',
}
registerEnumType(CaseDomain, {
  name: 'CaseDomain',
  description: '事项领域 / Case domain',
  valuesConfig: {
    INDUSTRY: { description: '产业发展' },
    LIVELIHOOD: { description: '民生保障' },
    GOVERNANCE: { description: '基层治理' },
    INFRASTRUCTURE: { description: '基础设施' },
    CADRE_CONDUCT: { description: '干部作风' },
  },
});

/** 员代办、组上报、村处理、乡处置: the level that handles the case now, lowest first. */
export enum CaseLevel {
  GRID = 'GRID',
  VILLAGE = 'VILLAGE',
  TOWNSHIP = 'TOWNSHIP',
  COUNTY = 'COUNTY',
}
registerEnumType(CaseLevel, {
  name: 'CaseLevel',
  description: '办理层级 / Case level',
  valuesConfig: {
    GRID: { description: '网格（员代办、组上报）' },
    VILLAGE: { description: '村级处理' },
    TOWNSHIP: { description: '乡镇处置' },
    COUNTY: { description: '县级办理' },
  },
});

export enum CaseStatus {
  REPORTED = 'REPORTED',
  ACCEPTED = 'ACCEPTED',
  ASSIGNED = 'ASSIGNED',
  IN_PROGRESS = 'IN_PROGRESS',
  ESCALATED = 'ESCALATED',
  RETURNED = 'RETURNED',
  SUSPENDED = 'SUSPENDED',
  RESOLVED = 'RESOLVED',
  CONFIRMED = 'CONFIRMED',
  CLOSED = 'CLOSED',
}
registerEnumType(CaseStatus, {
  name: 'CaseStatus',
  description: '办理状态 / Case status',
  valuesConfig: {
    REPORTED: { description: '已登记，待受理' },
    ACCEPTED: { description: '已受理，待交办' },
    ASSIGNED: { description: '已交办，待办理' },
    IN_PROGRESS: { description: '办理中' },
    ESCALATED: { description: '已上报上一级，待受理' },
    RETURNED: { description: '上级退回，待本级处理' },
    SUSPENDED: { description: '等待群众（计时暂停）' },
    RESOLVED: { description: '已办结，待群众反馈' },
    CONFIRMED: { description: '群众已评价，待销号' },
    CLOSED: { description: '已销号' },
  },
});

/** The three clocks of a case: each has a yellow and a red limit in working days. */
export enum CaseStage {
  ACCEPT = 'ACCEPT',
  HANDLE = 'HANDLE',
  FEEDBACK = 'FEEDBACK',
}
registerEnumType(CaseStage, {
  name: 'CaseStage',
  description: '时限环节 / Time-limit stage',
  valuesConfig: {
    ACCEPT: { description: '受理' },
    HANDLE: { description: '办理' },
    FEEDBACK: { description: '反馈' },
  },
});

export enum CaseAlert {
  NONE = 'NONE',
  YELLOW = 'YELLOW',
  RED = 'RED',
}
registerEnumType(CaseAlert, {
  name: 'CaseAlert',
  description: '预警 / Alert',
  valuesConfig: {
    NONE: { description: '正常' },
    YELLOW: { description: '黄牌预警' },
    RED: { description: '红牌超期' },
  },
});

/** 销号类型: how a case was settled. */
export enum CaseCloseType {
  RESOLVED = 'RESOLVED',
  EXPLAINED = 'EXPLAINED',
  PROJECT_PLANNED = 'PROJECT_PLANNED',
  PARTLY_RESOLVED = 'PARTLY_RESOLVED',
}
registerEnumType(CaseCloseType, {
  name: 'CaseCloseType',
  description: '办结类型 / Close-out type',
  valuesConfig: {
    RESOLVED: { description: '已解决' },
    EXPLAINED: { description: '政策不允许，已解释说明' },
    PROJECT_PLANNED: { description: '已纳入项目计划' },
    PARTLY_RESOLVED: { description: '部分解决' },
  },
});

/** 满意度测评 of a case or a service. */
export enum SatisfactionRating {
  SATISFIED = 'SATISFIED',
  BASICALLY_SATISFIED = 'BASICALLY_SATISFIED',
  DISSATISFIED = 'DISSATISFIED',
}
registerEnumType(SatisfactionRating, {
  name: 'SatisfactionRating',
  description: '满意度 / Satisfaction',
  valuesConfig: {
    SATISFIED: { description: '满意' },
    BASICALLY_SATISFIED: { description: '基本满意' },
    DISSATISFIED: { description: '不满意' },
  },
});

/** 推、拖、绕: what the ledger flags. */
export enum CaseFlag {
  OVERDUE = 'OVERDUE',
  BOUNCED = 'BOUNCED',
  STALLED = 'STALLED',
}
registerEnumType(CaseFlag, {
  name: 'CaseFlag',
  description: '推拖绕标记 / Case flag',
  valuesConfig: {
    OVERDUE: { description: '超期（拖）' },
    BOUNCED: { description: '多次退回或上报（推、绕）' },
    STALLED: { description: '长期无进展' },
  },
});

/** What a caller may do to a case; `Case.availableActions` lists those the caller's role allows now. */
export enum CaseAction {
  ACCEPT = 'ACCEPT',
  ASSIGN = 'ASSIGN',
  START = 'START',
  ESCALATE = 'ESCALATE',
  RETURN = 'RETURN',
  SUSPEND = 'SUSPEND',
  RESUME = 'RESUME',
  RESOLVE = 'RESOLVE',
  FEEDBACK = 'FEEDBACK',
  CLOSE = 'CLOSE',
  REOPEN = 'REOPEN',
  REQUEST_EXTENSION = 'REQUEST_EXTENSION',
  APPROVE_EXTENSION = 'APPROVE_EXTENSION',
  REJECT_EXTENSION = 'REJECT_EXTENSION',
}
registerEnumType(CaseAction, {
  name: 'CaseAction',
  description: '办理操作 / Case action',
  valuesConfig: {
    ACCEPT: { description: '受理' },
    ASSIGN: { description: '交办（指定责任人）' },
    START: { description: '开始办理' },
    ESCALATE: { description: '上报上一级' },
    RETURN: { description: '退回下一级' },
    SUSPEND: { description: '等待群众（暂停计时）' },
    RESUME: { description: '恢复办理' },
    RESOLVE: { description: '办结' },
    FEEDBACK: { description: '登记群众反馈和满意度' },
    CLOSE: { description: '销号' },
    REOPEN: { description: '重新办理' },
    REQUEST_EXTENSION: { description: '申请延期' },
    APPROVE_EXTENSION: { description: '批准延期' },
    REJECT_EXTENSION: { description: '不批准延期' },
  },
});
