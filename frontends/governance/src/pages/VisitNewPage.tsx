import { CheckCircleFilled, EnvironmentOutlined } from '@ant-design/icons';
import { QueryState, useGqlQuery, useT, COLORS } from '@xiangzhi/platform';
import { Button, Card, Flex } from 'antd';
import { useState } from 'react';
import { ME_CADRE_QUERY, VISIT_HOUSEHOLD_QUERY } from '../api/visits';
import { HouseholdPicker } from '../components/visit/HouseholdPicker';
import { VisitForm } from '../components/visit/VisitForm';
import { RaiseCaseButton } from '../components/case/RaiseCaseButton';
import { navigate } from '../lib/routing';

/** 民情日记 on a phone: pick the household (own ones first), tap the method, write, save. */
export function VisitNewPage({ householdId: initialId }: { householdId: string | null }) {
  const t = useT();
  const [householdId, setHouseholdId] = useState<string | null>(initialId);
  const [savedId, setSavedId] = useState<string | null>(null);
  const me = useGqlQuery(ME_CADRE_QUERY);
  const household = useGqlQuery(VISIT_HOUSEHOLD_QUERY, { id: householdId ?? '' }, { skip: !householdId });
  const chosen = householdId && household.data?.household?.id === householdId ? household.data.household : null;

  const pick = (id: string | null) => {
    setSavedId(null);
    setHouseholdId(id);
    // Keep the URL in step, so reload or Back returns to the same household.
    navigate({ page: 'visit-new', household: id });
  };

  if (savedId && chosen) {
    return (
      <section data-testid="visit-new-page">
        <Card data-testid="visit-success">
          <Flex vertical align="center" gap={12} style={{ padding: '16px 0' }}>
            <CheckCircleFilled style={{ fontSize: 48, color: COLORS.success }} />
            <strong style={{ fontSize: 18 }}>{t('gov.visit.saved', { name: chosen.headName })}</strong>
            <Button
              type="primary"
              size="large"
              block
              onClick={() => pick(null)}
              style={{ height: 52 }}
              data-testid="visit-again"
            >
              {t('gov.visit.another')}
            </Button>
            <Button
              size="large"
              block
              onClick={() => navigate({ page: 'household', id: chosen.id })}
              data-testid="visit-open-household"
            >
              {t('gov.visit.openHousehold')}
            </Button>
            <RaiseCaseButton householdId={chosen.id} visitId={savedId} size="large" block />
          </Flex>
        </Card>
      </section>
    );
  }

  return (
    <section data-testid="visit-new-page" style={{ maxWidth: 640 }}>
      <h2 style={{ margin: '0 0 12px', fontSize: 20 }}>{t('gov.visit.title')}</h2>
      {!householdId ? (
        <HouseholdPicker onPick={pick} />
      ) : (
        <QueryState
          testId="visit-household"
          loading={household.loading}
          error={household.error}
          hasData={household.data !== null}
          isEmpty={household.data?.household === null}
          onRetry={household.reload}
          emptyText={t('gov.household.notFound')}
        >
          {chosen ? (
            <Flex vertical gap={12}>
              <Card size="small" data-testid="visit-household-chosen" data-household-id={chosen.id}>
                <Flex justify="space-between" align="center" gap={8}>
                  <Flex vertical>
                    <strong style={{ fontSize: 17 }}>{chosen.headName}</strong>
                    <span style={{ color: COLORS.textSecondary }}>
                      <EnvironmentOutlined /> {[chosen.village?.name, chosen.address].filter(Boolean).join(' · ')}
                    </span>
                  </Flex>
                  <Button onClick={() => pick(null)} data-testid="visit-household-change">
                    {t('gov.visit.change')}
                  </Button>
                </Flex>
              </Card>
              <VisitForm
                household={chosen}
                chooseCadres={me.data !== null && me.data.me.cadre === null}
                onSaved={setSavedId}
                onReloadHousehold={household.reload}
              />
            </Flex>
          ) : null}
        </QueryState>
      )}
    </section>
  );
}
