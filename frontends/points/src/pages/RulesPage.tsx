import { gqlRequest, hasPermission, PageHeader, QueryState, useGqlQuery, useSession, useT } from '@xiangzhi/platform';
import { Alert, Button, Card, Flex, Input, Tag } from 'antd';
import { useState } from 'react';
import {
  OverridePointRuleDocument,
  PointRuleBookDocument,
  ResetPointRuleDocument,
  type PointRuleBookQuery,
} from '../gql/graphql';

type Rule = NonNullable<PointRuleBookQuery['pointRuleBook']>[number];

const SOURCE: Record<number, string> = { 0: 'default', 6: 'county', 9: 'township', 12: 'village' };
const numberOrNull = (s: string): number | null => (s.trim() === '' ? null : Number(s));

/** The form of one rule: points, cap, reason; the server checks them and answers with the field at fault. */
function RuleForm({ rule, onDone }: { rule: Rule; onDone: () => void }) {
  const t = useT();
  const [points, setPoints] = useState(String(rule.points));
  const [cap, setCap] = useState(rule.monthlyCap == null ? '' : String(rule.monthlyCap));
  const [reason, setReason] = useState(rule.reason);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    try {
      await gqlRequest(OverridePointRuleDocument, {
        input: { eventType: rule.eventType, points: Number(points), monthlyCap: numberOrNull(cap), reason },
      });
      onDone();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Flex vertical gap={8} data-testid="rule-form">
      <Flex wrap gap={8}>
        <Input
          type="number"
          addonBefore={t('rules.points')}
          value={points}
          onChange={(e) => setPoints(e.target.value)}
          style={{ flex: '1 1 140px' }}
          data-testid="rule-points"
        />
        <Input
          type="number"
          addonBefore={t('rules.cap')}
          placeholder={t('rules.noCap')}
          value={cap}
          onChange={(e) => setCap(e.target.value)}
          style={{ flex: '1 1 160px' }}
          data-testid="rule-cap"
        />
      </Flex>
      <Input
        addonBefore={t('rules.reason')}
        value={reason}
        maxLength={200}
        onChange={(e) => setReason(e.target.value)}
        data-testid="rule-reason"
      />
      {error ? <Alert type="error" title={error} data-testid="rule-error" /> : null}
      <Flex gap={8}>
        <Button type="primary" onClick={() => void save()} data-testid="rule-save">
          {t('rules.save')}
        </Button>
        <Button onClick={onDone}>{t('rules.cancel')}</Button>
      </Flex>
    </Flex>
  );
}

function RuleCard({ rule, editable, onChange }: { rule: Rule; editable: boolean; onChange: () => void }) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const reset = async () => {
    await gqlRequest(ResetPointRuleDocument, { eventType: rule.eventType });
    onChange();
  };
  return (
    <Card size="small" data-testid="rule-row" data-event-type={rule.eventType}>
      <Flex wrap justify="space-between" align="center" gap={8}>
        <Flex vertical style={{ minWidth: 0 }}>
          <strong>{t(`rules.key.${rule.eventType}`)}</strong>
          <span style={{ overflowWrap: 'anywhere' }}>{rule.reason}</span>
        </Flex>
        <Flex wrap gap={6} align="center">
          <strong data-testid="rule-value">
            {rule.points > 0 ? `+${rule.points}` : rule.points}
            {rule.monthlyCap != null ? ` / ${rule.monthlyCap}` : ''}
          </strong>
          <Tag style={{ marginInlineEnd: 0 }} data-testid="rule-source">
            {rule.overridden
              ? t('rules.own')
              : t(`rules.source.${SOURCE[rule.sourceDivisionCode.length] ?? 'default'}`)}
          </Tag>
          {editable && !editing ? (
            <Button size="small" onClick={() => setEditing(true)} data-testid="rule-edit">
              {t('rules.edit')}
            </Button>
          ) : null}
          {editable && rule.overridden ? (
            <Button size="small" onClick={() => void reset()} data-testid="rule-reset">
              {t('rules.reset')}
            </Button>
          ) : null}
        </Flex>
      </Flex>
      {editing ? (
        <div style={{ marginTop: 12 }}>
          <RuleForm
            rule={rule}
            onDone={() => {
              setEditing(false);
              onChange();
            }}
          />
        </div>
      ) : null}
    </Card>
  );
}

/** 积分规则: the rules in force in the caller's jurisdiction; the township office may override or reset them. */
export function RulesPage() {
  const t = useT();
  const permissions = useSession()?.account.permissions ?? [];
  const editable = hasPermission(permissions, 'POINT_RULE_MANAGE');
  const query = useGqlQuery(PointRuleBookDocument, { regionCode: null });
  const rules = query.data?.pointRuleBook ?? [];
  return (
    <section data-testid="rules-page">
      <PageHeader title={t('rules.title')} marginBottom={8} />
      <Alert type="info" title={t('rules.help')} style={{ marginBottom: 12 }} />
      <QueryState
        testId="rules"
        loading={query.loading}
        error={query.error}
        partialErrors={query.partialErrors}
        hasData={query.data !== null}
        isEmpty={rules.length === 0}
        onRetry={query.reload}
      >
        <Flex vertical gap={8}>
          {rules.map((rule) => (
            <RuleCard key={rule.eventType} rule={rule} editable={editable} onChange={query.reload} />
          ))}
        </Flex>
      </QueryState>
    </section>
  );
}
