import {
  defineMessages,
  isAboveVillage,
  PagedQueryState,
  PageHeader,
  QueryState,
  RegionPicker,
  useGqlQuery,
  usePagedQuery,
  useSession,
  useT,
} from '@xiangzhi/platform';
import { Button, Card, Flex, Input } from 'antd';
import { useState } from 'react';
import { POLICY_GAP_HOUSEHOLDS_QUERY, POLICY_GAP_QUERY } from '../api/policy';
import { Link } from '../lib/routing';
import { POLICY_MESSAGES } from '../messages/policy';
import { BenefitLine } from './PolicyDetailPage';

defineMessages(POLICY_MESSAGES);

/** 应享未享: by village × policy, households eligible, informed or applied for more than N days. */
export function PolicyGapPage() {
  const t = useT();
  const division = useSession()?.account.divisionCode ?? '';
  const grants = useSession()?.account.permissions ?? [];
  const [regionCode, setRegionCode] = useState<string | null>(null);
  const [days, setDays] = useState(30);
  const [policyId, setPolicyId] = useState<string | null>(null);
  const report = useGqlQuery(POLICY_GAP_QUERY, { overdueDays: days, regionCode });
  const households = usePagedQuery(
    POLICY_GAP_HOUSEHOLDS_QUERY,
    { overdueDays: days, regionCode, policyId },
    { pageSize: 20, connection: (d) => d.policyGapHouseholds },
  );
  const rows = report.data?.policyGapReport ?? [];
  return (
    <section data-testid="policy-gap-page">
      <PageHeader title={t('gov.policy.gap')}>
        <Link to={{ page: 'policies' }}>{t('gov.policy.title')}</Link>
      </PageHeader>
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        {isAboveVillage(division) ? (
          <RegionPicker rootCode={division} onChange={(code) => setRegionCode(code ?? null)} />
        ) : null}
        <span>{t('gov.policy.overdueDays')}</span>
        <Input
          type="number"
          min={0}
          max={365}
          value={days}
          onChange={(e) => setDays(Math.max(0, Math.min(365, Number(e.target.value) || 0)))}
          style={{ width: 90 }}
          aria-label={t('gov.policy.overdueDays')}
          data-testid="policy-gap-days"
        />
      </Flex>
      <QueryState
        testId="policy-gap-report"
        loading={report.loading}
        error={report.error}
        hasData={report.data !== null}
        isEmpty={false}
        onRetry={report.reload}
      >
        {rows.length ? (
          <Flex vertical gap={6}>
            {rows.map((r) => (
              <Card key={`${r.villageCode}|${r.policyId}`} size="small" data-testid="policy-gap-row">
                <Flex gap={8} wrap align="center" justify="space-between">
                  <span>
                    <strong>{r.villageName}</strong> · {r.policyName}
                  </span>
                  <span>
                    {`${t('gov.policy.st.ELIGIBLE')} ${r.eligible} · ${t('gov.policy.st.INFORMED')} ${r.informed} · `}
                    {`${t('gov.policy.st.APPLIED')} ${r.applied} · ${t('gov.policy.total')} `}
                    <strong data-testid="policy-gap-total">{r.total}</strong>
                  </span>
                  <Button size="small" onClick={() => setPolicyId(r.policyId)} data-testid="policy-gap-show">
                    {t('gov.policy.show')}
                  </Button>
                </Flex>
              </Card>
            ))}
          </Flex>
        ) : (
          <span data-testid="policy-gap-empty">{t('gov.policy.gapEmpty')}</span>
        )}
      </QueryState>
      <h3 style={{ fontSize: 16, marginTop: 16 }}>{t('gov.policy.households')}</h3>
      <PagedQueryState testId="policy-gap-households" query={households} emptyText={t('gov.policy.gapEmpty')}>
        <Flex vertical gap={8}>
          {households.nodes.map((b) => (
            <BenefitLine
              key={b.id}
              b={b}
              canRecord={grants.includes('POLICY_BENEFIT_RECORD')}
              onChanged={() => {
                households.reload();
                report.reload();
              }}
            />
          ))}
        </Flex>
      </PagedQueryState>
    </section>
  );
}
