import { defineMessages, gqlRequest, QueryState, saveFile, useGqlQuery, useT, COLORS } from '@xiangzhi/platform';
import { Alert, Button, Card, Checkbox, Flex, Input, Tag } from 'antd';
import { useState } from 'react';
import { BRIEF_HOUSEHOLD_MUTATION, HOUSEHOLD_POLICIES_QUERY, POLICY_CARD_QUERY } from '../../api/policy';
import { asRequestError } from '../../lib/errors';
import { POLICY_MESSAGES } from '../../messages/policy';

defineMessages(POLICY_MESSAGES);

/** 本户政策 on the household page: what it is owed, the briefing (宣讲) form and the 政策明白卡. */
export function HouseholdPolicies({ householdId, canRecord }: { householdId: string; canRecord: boolean }) {
  const t = useT();
  const query = useGqlQuery(HOUSEHOLD_POLICIES_QUERY, { id: householdId });
  const [printing, setPrinting] = useState(false);
  const [briefing, setBriefing] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);
  const [acknowledged, setAcknowledged] = useState(true);
  const [by, setBy] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const data = query.data?.household;
  const benefits = data?.policyBenefits ?? [];
  const last = data?.policyBriefings[0];
  const owed = benefits.filter((b) => b.status === 'ELIGIBLE' || b.status === 'INFORMED');
  const brief = async () => {
    try {
      await gqlRequest(BRIEF_HOUSEHOLD_MUTATION, {
        input: { householdId, policyIds: chosen, acknowledged, acknowledgedBy: by || null },
      });
      setMessage({ ok: true, text: t('gov.policy.briefed') });
      setBriefing(false);
      query.reload();
    } catch (caught) {
      setMessage({ ok: false, text: asRequestError(caught, t('gov.policy.failed')).message });
    }
  };
  const print = async () => {
    setPrinting(true);
    setMessage(null);
    try {
      const file = (await gqlRequest(POLICY_CARD_QUERY, { householdId })).policyCard;
      if (file) {
        saveFile(file);
        setMessage({ ok: true, text: file.fileName });
      }
    } catch (caught) {
      setMessage({ ok: false, text: asRequestError(caught, t('gov.policy.failed')).message });
    } finally {
      setPrinting(false);
    }
  };
  return (
    <Card size="small" title={t('gov.policy.mine')} data-testid="household-policies">
      <QueryState
        testId="household-policies-state"
        loading={query.loading}
        error={query.error}
        hasData={query.data !== null}
        isEmpty={false}
        onRetry={query.reload}
      >
        <Flex vertical gap={6}>
          {benefits.length ? (
            benefits.map((b) => (
              <Flex key={b.id} gap={8} wrap align="center" data-testid="household-policy">
                <span>{b.policy?.name}</span>
                <Tag>{t(`gov.policy.st.${b.status}`)}</Tag>
              </Flex>
            ))
          ) : (
            <span style={{ color: COLORS.textSecondary }}>{t('gov.policy.none')}</span>
          )}
          {last ? (
            <span style={{ color: COLORS.textSecondary }} data-testid="household-last-briefing">
              {t('gov.policy.lastBriefing', { date: last.briefedOn, by: last.briefedBy })}
            </span>
          ) : null}
          {canRecord ? (
            <Flex gap={8} wrap>
              {owed.length ? (
                <Button
                  onClick={() => {
                    setBriefing(!briefing);
                    setChosen(owed.map((b) => b.policy?.id ?? '').filter(Boolean));
                  }}
                  data-testid="policy-brief-open"
                >
                  {t('gov.policy.brief')}
                </Button>
              ) : null}
              <Button onClick={() => void print()} loading={printing} data-testid="policy-card-print">
                {t('gov.policy.printCard')}
              </Button>
            </Flex>
          ) : null}
          {briefing ? (
            <Flex vertical gap={6} data-testid="policy-brief-form">
              <span>{t('gov.policy.briefWhich')}</span>
              <Checkbox.Group
                value={chosen}
                onChange={(v) => setChosen(v as string[])}
                options={owed.map((b) => ({ value: b.policy?.id ?? '', label: b.policy?.name ?? '' }))}
              />
              <Checkbox checked={acknowledged} onChange={(e) => setAcknowledged(e.target.checked)}>
                {t('gov.policy.acknowledged')}
              </Checkbox>
              <Input
                maxLength={50}
                value={by}
                onChange={(e) => setBy(e.target.value)}
                placeholder={t('gov.policy.acknowledgedBy')}
                data-testid="policy-brief-by"
              />
              <Button
                type="primary"
                disabled={!chosen.length}
                onClick={() => void brief()}
                data-testid="policy-brief-save"
              >
                {t('gov.policy.briefSave')}
              </Button>
            </Flex>
          ) : null}
          {message ? (
            <Alert
              type={message.ok ? 'success' : 'error'}
              showIcon
              title={message.text}
              data-testid="policy-brief-result"
            />
          ) : null}
        </Flex>
      </QueryState>
    </Card>
  );
}
