import {
  defineMessages,
  PagedQueryState,
  PageHeader,
  usePagedQuery,
  useSession,
  useT,
  COLORS,
} from '@xiangzhi/platform';
import { Card, Flex, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { INDUSTRY_NEEDS_QUERY, INDUSTRY_RESOURCES_QUERY } from '../api/policy';
import { NeedForm, ResourceForm } from '../components/industry/IndustryForms';
import { NeedCard } from '../components/industry/NeedCard';
import { POLICY_MESSAGES } from '../messages/policy';

defineMessages(POLICY_MESSAGES);

/** 产业对接: needs (record, match to a suggested resource, follow up until met) and the resources. */
export function IndustryPage() {
  const t = useT();
  const grants = useSession()?.account.permissions ?? [];
  const [tab, setTab] = useState('needs');
  const needs = usePagedQuery(INDUSTRY_NEEDS_QUERY, {}, { pageSize: 20, connection: (d) => d.industryNeeds });
  const resources = usePagedQuery(
    INDUSTRY_RESOURCES_QUERY,
    {},
    { pageSize: 20, connection: (d) => d.industryResources },
  );
  const manage = grants.includes('INDUSTRY_MANAGE');
  const record = grants.includes('INDUSTRY_RECORD');
  return (
    <section data-testid="industry-page">
      <PageHeader title={t('gov.industry.title')} marginBottom={8} />
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={['needs', 'resources'].map((key) => ({
          key,
          label: <span data-testid={`industry-tab-${key}`}>{t(`gov.industry.${key}`)}</span>,
        }))}
      />
      {tab === 'needs' ? (
        <Flex vertical gap={8}>
          {record ? <NeedForm onSaved={needs.reload} /> : null}
          <PagedQueryState testId="need-list" query={needs} emptyText={t('gov.industry.noNeeds')}>
            <Flex vertical gap={8}>
              {needs.nodes.map((n) => (
                <NeedCard key={n.id} need={n} canMatch={manage} canFollow={record} onChanged={needs.reload} />
              ))}
            </Flex>
          </PagedQueryState>
        </Flex>
      ) : (
        <Flex vertical gap={8}>
          {manage ? <ResourceForm onSaved={resources.reload} /> : null}
          <PagedQueryState testId="resource-list" query={resources} emptyText={t('gov.industry.noResources')}>
            <Flex vertical gap={8}>
              {resources.nodes.map((r) => (
                <Card key={r.id} size="small" data-testid="resource-row">
                  <Flex vertical gap={4}>
                    <Flex gap={8} wrap align="center">
                      <strong>{r.name}</strong>
                      <Tag>{t(`gov.industry.r.${r.kind}`)}</Tag>
                      {r.offers.map((o) => (
                        <Tag key={o}>{t(`gov.industry.k.${o}`)}</Tag>
                      ))}
                    </Flex>
                    <span>{r.offerText}</span>
                    <span style={{ color: COLORS.textSecondary }}>
                      {[r.contactName, r.phone, r.divisionCode].filter(Boolean).join(' · ')}
                    </span>
                  </Flex>
                </Card>
              ))}
            </Flex>
          </PagedQueryState>
        </Flex>
      )}
    </section>
  );
}
