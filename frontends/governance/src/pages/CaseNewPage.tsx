import { EnvironmentOutlined } from '@ant-design/icons';
import { COLORS, defineMessages, useGqlQuery, useT } from '@xiangzhi/platform';
import { Card, Flex } from 'antd';
import { VISIT_HOUSEHOLD_QUERY } from '../api/visits';
import { CaseRaiseForm } from '../components/case/CaseRaiseForm';
import { navigate } from '../lib/routing';
import { CASE_MESSAGES } from '../messages/cases';

defineMessages(CASE_MESSAGES);

export interface CaseNewPageProps {
  visitId: string | null;
  householdId: string | null;
}

/** 登记民情, from a visit or a household (prefilled) or on its own (a place). */
export function CaseNewPage({ visitId, householdId }: CaseNewPageProps) {
  const t = useT();
  const household = useGqlQuery(VISIT_HOUSEHOLD_QUERY, { id: householdId ?? '' }, { skip: !householdId });
  const chosen = household.data?.household ?? null;
  return (
    <section data-testid="case-new-page" style={{ maxWidth: 640 }}>
      <h2 style={{ margin: '0 0 12px', fontSize: 20 }}>{t('gov.raise.title')}</h2>
      {chosen ? (
        <Card
          size="small"
          style={{ marginBottom: 12 }}
          data-testid="case-raise-household"
          data-household-id={chosen.id}
        >
          <Flex vertical>
            <strong style={{ fontSize: 17 }}>
              {visitId ? t('gov.raise.fromVisit', { name: chosen.headName }) : chosen.headName}
            </strong>
            <span style={{ color: COLORS.textSecondary }}>
              <EnvironmentOutlined /> {[chosen.village?.name, chosen.address].filter(Boolean).join(' · ')}
            </span>
          </Flex>
        </Card>
      ) : null}
      <CaseRaiseForm visitId={visitId} householdId={householdId} onRaised={(id) => navigate({ page: 'case', id })} />
    </section>
  );
}
