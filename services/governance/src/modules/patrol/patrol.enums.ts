import { registerEnumType } from 'type-graphql';

/** What a patrol plan watches (seed 004: 防火防汛巡查、基础设施检视、重点人员看护、重点场所). */
export enum PatrolCategory {
  FIRE = 'FIRE',
  FLOOD = 'FLOOD',
  INFRASTRUCTURE = 'INFRASTRUCTURE',
  KEY_PERSON = 'KEY_PERSON',
  KEY_PLACE = 'KEY_PLACE',
}
registerEnumType(PatrolCategory, {
  name: 'PatrolCategory',
  description: '巡查类别 / Patrol category',
  valuesConfig: {
    FIRE: { description: '防火巡查' },
    FLOOD: { description: '防汛巡查' },
    INFRASTRUCTURE: { description: '基础设施检视' },
    KEY_PERSON: { description: '重点人员看护' },
    KEY_PLACE: { description: '重点场所巡查' },
  },
});

/** How often each point of a plan must be visited: every day, or once a week on the point's weekday. */
export enum PatrolFrequency {
  DAILY = 'DAILY',
  WEEKLY = 'WEEKLY',
}
registerEnumType(PatrolFrequency, {
  name: 'PatrolFrequency',
  description: '巡查频次 / Patrol frequency',
  valuesConfig: { DAILY: { description: '每天' }, WEEKLY: { description: '每周一次（指定星期几）' } },
});

export enum CheckInMethod {
  QR = 'QR',
  POSITION = 'POSITION',
}
registerEnumType(CheckInMethod, {
  name: 'CheckInMethod',
  description: '签到方式 / Check-in method',
  valuesConfig: { QR: { description: '扫点位二维码' }, POSITION: { description: '手机定位' } },
});

/** One time window of a point, as of now: visited on time, late (within the grace), missed, open or to come. */
export enum PatrolWindowState {
  ON_TIME = 'ON_TIME',
  LATE = 'LATE',
  MISSED = 'MISSED',
  OPEN = 'OPEN',
  UPCOMING = 'UPCOMING',
}
registerEnumType(PatrolWindowState, {
  name: 'PatrolWindowState',
  description: '巡查时段状态 / State of a patrol window',
  valuesConfig: {
    ON_TIME: { description: '按时巡查' },
    LATE: { description: '迟到（时段结束后宽限期内签到）' },
    MISSED: { description: '漏巡（宽限期已过仍未签到）' },
    OPEN: { description: '进行中，待签到' },
    UPCOMING: { description: '未开始' },
  },
});
