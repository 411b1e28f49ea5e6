import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { gqlRequest, QueryState, useGqlQuery, useIsPhone, useT, COLORS } from '@xiangzhi/platform';
import { Alert, Button, Card, Flex, Tag } from 'antd';
import { useState } from 'react';
import { ACCEPT_SUGGESTION, REJECT_SUGGESTION, SUGGESTIONS_QUERY, type Suggestion } from '../../api/pairing';
import { WITHHELD } from '../../lib/display';
import { asRequestError } from '../../lib/errors';
import { Link } from '../../lib/routing';
import { TagList } from '../TagList';

const keyOf = (suggestion: Suggestion) => `${suggestion.cadre.id}:${suggestion.household.id}`;

type Outcome = { kind: 'accepted' | 'rejected' } | { kind: 'error'; message: string };

/** Proposed pairings for one village; nothing is paired until a row is accepted. */
export function SuggestionsSection({
  villageCode,
  canDecide,
  onPaired,
}: {
  villageCode: string;
  canDecide: boolean;
  onPaired(): void;
}) {
  const t = useT();
  const isPhone = useIsPhone();
  const query = useGqlQuery(SUGGESTIONS_QUERY, { villageCode });
  const [outcomes, setOutcomes] = useState<Record<string, Outcome>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const suggestions = query.data?.suggestPairings ?? [];

  const decide = async (suggestion: Suggestion, accept: boolean) => {
    const key = keyOf(suggestion);
    setBusy(key);
    try {
      const variables = { cadreId: suggestion.cadre.id, householdId: suggestion.household.id };
      if (accept) await gqlRequest(ACCEPT_SUGGESTION, variables);
      else await gqlRequest(REJECT_SUGGESTION, { ...variables, reason: null });
      setOutcomes((current) => ({ ...current, [key]: { kind: accept ? 'accepted' : 'rejected' } }));
      if (accept) onPaired();
    } catch (caught) {
      setOutcomes((current) => ({
        ...current,
        [key]: { kind: 'error', message: asRequestError(caught, t('gov.common.failed')).message },
      }));
    } finally {
      setBusy(null);
    }
  };

  const decided = Object.values(outcomes).filter((outcome) => outcome.kind !== 'error').length;
  return (
    <QueryState
      testId="suggestions"
      loading={query.loading}
      error={query.error}
      hasData={query.data !== null}
      isEmpty={suggestions.length === 0}
      onRetry={query.reload}
      emptyText={t('gov.pairing.noSuggestions')}
    >
      <Flex vertical gap={8} data-testid="suggestions-list">
        <Flex justify="space-between" align="center" wrap gap={8}>
          <span style={{ color: COLORS.textSecondary }}>
            {t('gov.pairing.suggestionsHint', { count: suggestions.length })}
          </span>
          {decided > 0 ? (
            <Button
              onClick={() => {
                setOutcomes({});
                query.reload();
              }}
              data-testid="suggestions-refresh"
            >
              {t('gov.pairing.refreshSuggestions')}
            </Button>
          ) : null}
        </Flex>
        {suggestions.map((suggestion) => {
          const key = keyOf(suggestion);
          const outcome = outcomes[key];
          return (
            <Card
              key={key}
              size="small"
              data-testid="suggestion-row"
              data-cadre-id={suggestion.cadre.id}
              data-household-id={suggestion.household.id}
              data-state={outcome?.kind ?? 'open'}
              style={{ opacity: outcome && outcome.kind !== 'error' ? 0.6 : 1 }}
            >
              <Flex justify="space-between" align={isPhone ? 'stretch' : 'center'} vertical={isPhone} gap={8}>
                <Flex vertical gap={4}>
                  <Flex wrap gap={6} align="center">
                    <Link to={{ page: 'household', id: suggestion.household.id }}>
                      <strong data-testid="suggestion-household">{suggestion.household.headName}</strong>
                    </Link>
                    <span>↔</span>
                    <strong data-testid="suggestion-cadre">{suggestion.cadre.name}</strong>
                    <span style={{ color: COLORS.textSecondary }}>{suggestion.cadre.post}</span>
                    {suggestion.sameGrid ? <Tag color="green">{t('gov.pairing.sameGrid')}</Tag> : null}
                    <SpecialFlag special={suggestion.special} />
                    <TagList tags={suggestion.household.tags} />
                  </Flex>
                  <span style={{ color: COLORS.textSecondary }} data-testid="suggestion-reason">
                    {suggestion.reason}
                  </span>
                  {outcome?.kind === 'error' ? (
                    <Alert type="error" showIcon title={outcome.message} data-testid="suggestion-error" />
                  ) : null}
                </Flex>
                {outcome && outcome.kind !== 'error' ? (
                  <Tag color={outcome.kind === 'accepted' ? 'success' : 'default'} data-testid="suggestion-outcome">
                    {t(outcome.kind === 'accepted' ? 'gov.pairing.accepted' : 'gov.pairing.rejected')}
                  </Tag>
                ) : canDecide ? (
                  <Flex gap={8}>
                    <Button
                      type="primary"
                      size={isPhone ? 'large' : 'middle'}
                      style={isPhone ? { flex: 1 } : undefined}
                      icon={<CheckOutlined />}
                      loading={busy === key}
                      disabled={busy !== null && busy !== key}
                      onClick={() => decide(suggestion, true)}
                      data-testid="suggestion-accept"
                    >
                      {t('gov.pairing.accept')}
                    </Button>
                    <Button
                      size={isPhone ? 'large' : 'middle'}
                      style={isPhone ? { flex: 1 } : undefined}
                      icon={<CloseOutlined />}
                      disabled={busy !== null}
                      onClick={() => decide(suggestion, false)}
                      data-testid="suggestion-reject"
                    >
                      {t('gov.pairing.reject')}
                    </Button>
                  </Flex>
                ) : null}
              </Flex>
            </Card>
          );
        })}
      </Flex>
    </QueryState>
  );
}

/** 特殊群体 when the household is one; "—" when the account may not know (never shown as "no"). */
function SpecialFlag({ special }: { special: boolean | null }) {
  const t = useT();
  const state = special === null ? 'unknown' : String(special);
  if (special === false) return <span hidden data-testid="suggestion-special" data-special={state} />;
  return special ? (
    <Tag color="volcano" data-testid="suggestion-special" data-special={state}>
      {t('gov.pairing.special')}
    </Tag>
  ) : (
    <span
      style={{ color: COLORS.textTertiary }}
      title={t('gov.pairing.specialWithheld')}
      data-testid="suggestion-special"
      data-special={state}
    >
      {t('gov.pairing.special')} {WITHHELD}
    </span>
  );
}
