import {
  defineMessages,
  PagedQueryState,
  PageHeader,
  usePagedQuery,
  useSession,
  useT,
  COLORS,
} from '@xiangzhi/platform';
import { Button, Card, Flex, Tag } from 'antd';
import { useState } from 'react';
import { POLICIES_QUERY } from '../api/policy';
import { PolicyEditor } from '../components/policy/PolicyEditor';
import { Link, navigate } from '../lib/routing';
import { POLICY_MESSAGES } from '../messages/policy';

defineMessages(POLICY_MESSAGES);

/** 政策目录: the policies in force here, how many households stand where; admins add policies with their rule. */
export function PoliciesPage() {
  const t = useT();
  const grants = useSession()?.account.permissions ?? [];
  const [editing, setEditing] = useState(false);
  const query = usePagedQuery(POLICIES_QUERY, {}, { pageSize: 20, connection: (d) => d.policies });
  return (
    <section data-testid="policies-page">
      <PageHeader title={t('gov.policy.title')}>
        <Flex gap={8} wrap>
          <Link to={{ page: 'policy-gap' }} testId="policy-gap-link">
            {t('gov.policy.gap')}
          </Link>
          {grants.includes('POLICY_MANAGE') && !editing ? (
            <Button type="primary" onClick={() => setEditing(true)} data-testid="policy-new">
              {t('gov.policy.new')}
            </Button>
          ) : null}
        </Flex>
      </PageHeader>
      {editing ? (
        <div style={{ marginBottom: 12 }}>
          <PolicyEditor onSaved={(id) => navigate({ page: 'policy', id })} onCancel={() => setEditing(false)} />
        </div>
      ) : null}
      <PagedQueryState testId="policy-list" query={query} emptyText={t('gov.policy.empty')}>
        <Flex vertical gap={8}>
          {query.nodes.map((p) => (
            <Card key={p.id} size="small" data-testid="policy-row">
              <Flex vertical gap={4}>
                <Flex gap={8} wrap align="center">
                  <Link to={{ page: 'policy', id: p.id }} testId="policy-link">
                    <strong>{p.name}</strong>
                  </Link>
                  <Tag>{t(`gov.policy.cat.${p.category}`)}</Tag>
                  {p.active ? null : <Tag>{t('gov.policy.inactive')}</Tag>}
                  {p.sensitive ? <Tag color="orange">{t('gov.policy.sensitive')}</Tag> : null}
                </Flex>
                <span style={{ color: COLORS.textSecondary }}>{p.issuingBody}</span>
                <Flex gap={6} wrap>
                  {p.benefitCounts.map((c) => (
                    <Tag key={c.status}>
                      {t(`gov.policy.st.${c.status}`)} {c.count}
                    </Tag>
                  ))}
                </Flex>
              </Flex>
            </Card>
          ))}
        </Flex>
      </PagedQueryState>
    </section>
  );
}
