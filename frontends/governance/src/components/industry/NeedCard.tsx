import { gqlRequest, useT, COLORS } from '@xiangzhi/platform';
import { Alert, Button, Card, Flex, Input, Radio, Tag } from 'antd';
import { useState } from 'react';
import { FOLLOW_UP_MUTATION, MATCH_NEED_MUTATION, type NeedRow } from '../../api/policy';
import { useSubmit } from './IndustryForms';

const OPEN = ['OPEN', 'MATCHED', 'FOLLOWING_UP'];

/** One need with its matches and follow-ups: the office matches a suggested resource, the field follows up. */
export function NeedCard({
  need,
  canMatch,
  canFollow,
  onChanged,
}: {
  need: NeedRow;
  canMatch: boolean;
  canFollow: boolean;
  onChanged(): void;
}) {
  const t = useT();
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState<'none' | 'MET' | 'CLOSED_UNMET'>('none');
  const { error, busy, submit } = useSubmit();
  const open = OPEN.includes(need.status);
  const match = (resourceId: string) =>
    submit(async () => {
      await gqlRequest(MATCH_NEED_MUTATION, { input: { needId: need.id, resourceId } });
      onChanged();
    });
  const latest = need.matches[need.matches.length - 1];
  const follow = () =>
    submit(async () => {
      await gqlRequest(FOLLOW_UP_MUTATION, {
        input: { matchId: latest?.id ?? '', note, outcome: outcome === 'none' ? null : outcome },
      });
      setNote('');
      onChanged();
    });
  return (
    <Card size="small" data-testid="need-card" data-status={need.status}>
      <Flex vertical gap={6}>
        <Flex gap={8} wrap align="center">
          <strong>{need.household?.headName}</strong>
          <span style={{ color: COLORS.textSecondary }}>{need.household?.address}</span>
          <Tag>{t(`gov.industry.k.${need.kind}`)}</Tag>
          <Tag data-testid="need-status">{t(`gov.industry.s.${need.status}`)}</Tag>
        </Flex>
        <span>{need.description}</span>
        {need.matches.map((m) => (
          <Flex key={m.id} vertical gap={2} style={{ paddingLeft: 8 }}>
            <span data-testid="need-match">{t('gov.industry.matched', { name: m.resource?.name ?? '' })}</span>
            {m.followUps.map((f) => (
              <span key={f.id} style={{ color: COLORS.textSecondary }} data-testid="need-follow-up">
                {f.followedOn} {f.note}
              </span>
            ))}
          </Flex>
        ))}
        {open && canMatch && need.suggestions.length ? (
          <Flex gap={6} wrap align="center">
            <span>{t('gov.industry.suggestions')}</span>
            {need.suggestions.map((s) => (
              <Button
                key={s.id}
                size="small"
                onClick={() => void match(s.id)}
                loading={busy}
                data-testid="need-suggestion"
              >
                {`${t('gov.industry.match')} ${s.name}`}
              </Button>
            ))}
          </Flex>
        ) : null}
        {open && canFollow && latest ? (
          <Flex vertical gap={6}>
            <Input.TextArea
              rows={2}
              maxLength={500}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              placeholder={t('gov.industry.followUp')}
              data-testid="need-follow-note"
            />
            <Radio.Group
              size="small"
              value={outcome}
              onChange={(e) => setOutcome(e.target.value as typeof outcome)}
              options={(['none', 'MET', 'CLOSED_UNMET'] as const).map((o) => ({
                value: o,
                label: <span data-testid={`need-outcome-${o}`}>{t(`gov.industry.outcome.${o}`)}</span>,
              }))}
            />
            <Button disabled={!note.trim()} loading={busy} onClick={() => void follow()} data-testid="need-follow-save">
              {t('gov.industry.addFollowUp')}
            </Button>
          </Flex>
        ) : null}
        {error ? <Alert type="error" showIcon title={error} data-testid="need-card-error" /> : null}
      </Flex>
    </Card>
  );
}
