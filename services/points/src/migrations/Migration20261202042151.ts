import { Migration } from '@mikro-orm/migrations';

/**
 * Default rules (division '': overridable per jurisdiction) for the events of the case ledger, service
 * orders, patrols and supervision cards (issue 8). Good work earns with a monthly cap so volume cannot
 * be farmed; a case turning yellow or red and a late supervision report are deductions, never capped.
 */
export class Migration20261202042151 extends Migration {
  override async up(): Promise<void> {
    this
      .addSql(`insert into "point_rule" ("id", "division_code", "event_type", "points", "monthly_cap", "reason") values
      ('01a234fc-d12f-777f-ae7a-5ed44c6b5bf7', '', 'CaseResolvedOnTime', 3, 30, '民情事项按时办结'),
      ('01a234fc-d12f-777f-ae7a-61d36b3e83b4', '', 'CaseClosedSatisfied', 2, 20, '民情事项群众满意销号'),
      ('01a234fc-d12f-777f-ae7a-665c17035959', '', 'CaseAlertedYellow', -1, null, '民情事项黄牌预警'),
      ('01a234fc-d12f-777f-ae7a-6af989441ac4', '', 'CaseAlertedRed', -3, null, '民情事项红牌超期'),
      ('01a234fc-d12f-777f-ae7a-6f3a37a9d931', '', 'ServiceOrderCompleted', 3, 30, '群众点单服务完成'),
      ('01a234fc-d12f-777f-ae7a-725e3f779f57', '', 'PatrolCheckedIn', 1, 30, '定点巡查按时签到'),
      ('01a234fc-d12f-777f-ae7a-755c41672447', '', 'SupervisionReportedOnTime', 3, 15, '督办任务按期反馈'),
      ('01a234fc-d125-747f-a404-a852c2978dc0', '', 'SupervisionReportedLate', -2, null, '督办任务逾期反馈')
      on conflict ("division_code", "event_type") do nothing;`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "point_rule" where "division_code" = '' and "event_type" in ('CaseResolvedOnTime',
      'CaseClosedSatisfied', 'CaseAlertedYellow', 'CaseAlertedRed', 'ServiceOrderCompleted', 'PatrolCheckedIn',
      'SupervisionReportedOnTime', 'SupervisionReportedLate');`);
  }
}
