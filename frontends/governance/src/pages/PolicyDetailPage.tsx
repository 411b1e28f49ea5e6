import {
  defineMessages,
  gqlRequest,
  PagedQueryState,
  PageHeader,
  usePagedQuery,
  useSession,
  useT,
  COLORS,
} from '@xiangzhi/platform';
import { Alert, Button, Card, Flex, Radio, Tag } from 'antd';
import { useState } from 'react';
import {
  POLICY_QUERY,
  RECOMPUTE_POLICY_MUTATION,
  RECORD_BENEFIT_MUTATION,
  type BenefitRow,
  type PolicyRow,
} from '../api/policy';
import { PolicyEditor } from '../components/policy/PolicyEditor';
import { asRequestError } from '../lib/errors';
import { Link } from '../lib/routing';
import { POLICY_MESSAGES } from '../messages/policy';

defineMessages(POLICY_MESSAGES);

const NEXT: Record<string, BenefitRow['status'][]> = {
  ELIGIBLE: ['INFORMED'],
  INFORMED: ['APPLIED', 'DECLINED'],
  APPLIED: ['GRANTED', 'DECLINED'],
};
const FILTERS = ['ALL', 'ELIGIBLE', 'INFORMED', 'APPLIED', 'GRANTED', 'DECLINED', 'INELIGIBLE'];

/** A household's line with the moves the states allow from here. */
export function BenefitLine({ b, canRecord, onChanged }: { b: BenefitRow; canRecord: boolean; onChanged(): void }) {
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  const move = async (status: BenefitRow['status']) => {
    setError(null);
    try {
      await gqlRequest(RECORD_BENEFIT_MUTATION, { input: { benefitId: b.id, status, version: b.version } });
      onChanged();
    } catch (caught) {
      setError(asRequestError(caught, t('gov.policy.failed')).message);
    }
  };
  return (
    <Card size="small" data-testid="benefit-row" data-status={b.status}>
      <Flex vertical gap={4}>
        <Flex gap={8} wrap align="center">
          {b.household ? (
            <Link to={{ page: 'household', id: b.household.id }}>
              <strong>{b.household.headName}</strong>
            </Link>
          ) : null}
          <span style={{ color: COLORS.textSecondary }}>
            {b.household?.village?.name} {b.household?.address}
          </span>
          <Tag data-testid="benefit-status">{t(`gov.policy.st.${b.status}`)}</Tag>
          <span style={{ color: COLORS.textSecondary }}>{t('gov.policy.waiting', { days: b.waitingDays })}</span>
        </Flex>
        {canRecord && NEXT[b.status] ? (
          <Flex gap={6} wrap>
            {NEXT[b.status]!.map((to) => (
              <Button key={to} size="small" onClick={() => void move(to)} data-testid={`benefit-to-${to}`}>
                {t(`gov.policy.to.${to}`)}
              </Button>
            ))}
          </Flex>
        ) : null}
        {error ? <Alert type="error" showIcon title={error} /> : null}
      </Flex>
    </Card>
  );
}

/** One policy: what it says, its rule (editable by admins), its households and where each stands. */
export function PolicyDetailPage({ id }: { id: string }) {
  const t = useT();
  const grants = useSession()?.account.permissions ?? [];
  const [status, setStatus] = useState('ALL');
  const [editing, setEditing] = useState(false);
  const [recomputed, setRecomputed] = useState<string | null>(null);
  const query = usePagedQuery(
    POLICY_QUERY,
    { id, status: status === 'ALL' ? null : (status as BenefitRow['status']) },
    { pageSize: 20, connection: (d) => d.policy?.benefits ?? null },
  );
  const policy = query.data?.policy as PolicyRow | null | undefined;
  const recompute = async () => {
    const data = await gqlRequest(RECOMPUTE_POLICY_MUTATION, { id });
    const r = data.recomputePolicyBenefits;
    setRecomputed(t('gov.policy.recomputed', { matching: r.matching, added: r.added, lapsed: r.lapsed }));
    query.reload();
  };
  return (
    <section data-testid="policy-page">
      <PageHeader title={policy?.name ?? t('gov.policy.title')}>
        <Link to={{ page: 'policies' }}>{t('gov.policy.title')}</Link>
      </PageHeader>
      {policy ? (
        <Card size="small" style={{ marginBottom: 12 }}>
          <Flex vertical gap={6}>
            <Flex gap={8} wrap>
              <Tag>{t(`gov.policy.cat.${policy.category}`)}</Tag>
              <span>{policy.issuingBody}</span>
              {policy.validTo ? <span>{`${t('gov.policy.validTo')} ${policy.validTo}`}</span> : null}
            </Flex>
            <span>{policy.summary}</span>
            {grants.includes('POLICY_MANAGE') ? (
              <Flex gap={8} wrap>
                <Button onClick={() => setEditing(true)} data-testid="policy-edit">
                  {t('gov.policy.edit')}
                </Button>
                <Button onClick={() => void recompute()} data-testid="policy-recompute">
                  {t('gov.policy.recompute')}
                </Button>
              </Flex>
            ) : null}
            {recomputed ? <Alert type="success" showIcon title={recomputed} data-testid="policy-recomputed" /> : null}
          </Flex>
        </Card>
      ) : null}
      {editing && policy ? (
        <div style={{ marginBottom: 12 }}>
          <PolicyEditor
            policy={policy}
            onSaved={() => {
              setEditing(false);
              query.reload();
            }}
            onCancel={() => setEditing(false)}
          />
        </div>
      ) : null}
      <h3 style={{ fontSize: 16 }}>{t('gov.policy.households')}</h3>
      <Radio.Group
        size="small"
        value={status}
        onChange={(e) => setStatus(e.target.value as string)}
        options={FILTERS.map((s) => ({ value: s, label: s === 'ALL' ? t('gov.policy.all') : t(`gov.policy.st.${s}`) }))}
        style={{ marginBottom: 8 }}
      />
      <PagedQueryState testId="benefit-list" query={query} emptyText={t('gov.policy.noHouseholds')}>
        <Flex vertical gap={8}>
          {query.nodes.map((b) => (
            <BenefitLine
              key={b.id}
              b={b}
              canRecord={grants.includes('POLICY_BENEFIT_RECORD')}
              onChanged={query.reload}
            />
          ))}
        </Flex>
      </PagedQueryState>
    </section>
  );
}
