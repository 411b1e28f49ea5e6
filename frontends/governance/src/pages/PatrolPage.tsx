import { defineMessages, PageHeader, useSession, useT } from '@xiangzhi/platform';
import { Tabs } from 'antd';
import { useState } from 'react';
import { PatrolFigures } from '../components/patrol/PatrolFigures';
import { PatrolPlans } from '../components/patrol/PatrolPlans';
import { PatrolToday } from '../components/patrol/PatrolToday';
import { CASE_MESSAGES } from '../messages/cases';
import { PATROL_MESSAGES } from '../messages/patrol';

defineMessages(PATROL_MESSAGES);
// the finding-to-case form names case kinds and domains
defineMessages(CASE_MESSAGES);

/** 定点巡查台账: today's points (phone-first check-in), plans and points, each grid's month. */
export function PatrolPage() {
  const t = useT();
  const grants = useSession()?.account.permissions ?? [];
  const checkIn = grants.includes('PATROL_CHECK_IN');
  const [tab, setTab] = useState(checkIn ? 'today' : 'plans');
  const items = [
    ...(checkIn
      ? [
          {
            key: 'today',
            label: <span data-testid="patrol-tab-today">{t('gov.patrol.tab.today')}</span>,
            children: <PatrolToday />,
          },
        ]
      : []),
    {
      key: 'plans',
      label: <span data-testid="patrol-tab-plans">{t('gov.patrol.tab.plans')}</span>,
      children: <PatrolPlans manage={grants.includes('PATROL_PLAN_MANAGE')} />,
    },
    {
      key: 'figures',
      label: <span data-testid="patrol-tab-figures">{t('gov.patrol.tab.figures')}</span>,
      children: <PatrolFigures />,
    },
  ];
  return (
    <section data-testid="patrol-page">
      <PageHeader title={t('gov.patrol.title')} marginBottom={8} />
      <Tabs activeKey={tab} onChange={setTab} items={items} destroyOnHidden />
    </section>
  );
}
