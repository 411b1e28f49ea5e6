import { Alert, Card, Flex, Tag } from 'antd';
import { COLORS, defineMessages, PageHeader, QueryState, useGqlQuery, useSession, useT } from '@xiangzhi/platform';
import dayjs from 'dayjs';
import { useState } from 'react';
import {
  DeliberationDetailDocument,
  DeliberationRuleListDocument,
  type DeliberationFieldsFragment,
} from '../gql/graphql';
import { DeliberationDecisionForm } from '../components/DeliberationDecisionForm';
import { DeliberationDisclosureForm } from '../components/DeliberationDisclosureForm';
import { DeliberationHistory } from '../components/DeliberationHistory';
import { DeliberationSteps } from '../components/DeliberationSteps';
import { DeliberationVoteForm } from '../components/DeliberationVoteForm';
import { Link } from '../lib/routing';
import { DELIBERATION_MESSAGES, isVotingStep } from './DeliberationMessages';

defineMessages(DELIBERATION_MESSAGES);

/** The form of the step in turn: a vote, a notice, or the decision after a failure. */
function CurrentStep({
  deliberation: d,
  onDone,
}: {
  deliberation: DeliberationFieldsFragment;
  onDone(d: DeliberationFieldsFragment): void;
}) {
  const t = useT();
  const rules = useGqlQuery(DeliberationRuleListDocument, { divisionCode: d.villageCode });
  const step = d.currentStep;
  if (d.status === 'COMPLETED') return <Alert type="success" showIcon title={t('delib.completed')} />;
  if (d.status === 'ENDED' || !step) return <Alert type="info" showIcon title={t('delib.ended')} />;
  const rule = rules.data?.deliberationRules.find((r) => r.step === step);
  // the form's key: a new version (after a return) starts it empty
  const key = `${step}-${d.version}`;
  return (
    <Card size="small" title={`${t('delib.current')}：${t(`delib.step.${step}`)}`} data-testid="delib-current">
      <Flex vertical gap={8}>
        {rule ? (
          <span style={{ color: COLORS.textSecondary }}>{t('delib.rule', { rule: rule.description })}</span>
        ) : null}
        {d.status === 'AWAITING_DECISION' ? (
          <DeliberationDecisionForm key={key} deliberation={d} failedStep={step} onDone={onDone} />
        ) : isVotingStep(step) ? (
          <DeliberationVoteForm key={key} deliberation={d} step={step} onDone={onDone} />
        ) : (
          <DeliberationDisclosureForm
            key={key}
            deliberation={d}
            step={step}
            minDays={rule?.minPostingDays ?? 7}
            onDone={onDone}
          />
        )}
      </Flex>
    </Card>
  );
}

/** One matter: its six steps, the form of the step in turn, its history and its printable notices. */
export function DeliberationPage({ id }: { id: string }) {
  const t = useT();
  const canWrite = useSession()?.account.permissions.includes('DELIBERATION_WRITE') ?? false;
  const query = useGqlQuery(DeliberationDetailDocument, { id });
  // what the last write answered, newer than the query's data
  const [latest, setLatest] = useState<DeliberationFieldsFragment | null>(null);
  const d = latest?.id === id ? latest : (query.data?.deliberation ?? null);
  return (
    <section data-testid="deliberation-page">
      <PageHeader title={d?.title ?? t('delib.title')} marginBottom={8}>
        <Link to={{ page: 'deliberations' }} testId="delib-back">
          {t('delib.back')}
        </Link>
      </PageHeader>
      <QueryState
        testId="deliberation"
        loading={query.loading && !d}
        error={query.error}
        partialErrors={query.partialErrors}
        hasData={query.data !== null}
        isEmpty={false}
        onRetry={query.reload}
      >
        {d ? (
          <Flex vertical gap={12}>
            <Flex gap={8} wrap align="center">
              <Tag data-testid="delib-status">{t(`delib.status.${d.status}`)}</Tag>
              <span>{d.village?.name ?? d.villageCode}</span>
              {d.agendaItemId ? <Tag color="red">{t('delib.fromItem')}</Tag> : null}
              <span style={{ color: COLORS.textSecondary, fontSize: 12 }}>
                {t('delib.openedAt', { who: d.openedBy, at: dayjs(d.createdAt).format('YYYY-MM-DD') })}
              </span>
            </Flex>
            <DeliberationSteps deliberation={d} />
            {canWrite ? <CurrentStep deliberation={d} onDone={setLatest} /> : null}
            <Card size="small" title={t('delib.history')}>
              <DeliberationHistory deliberation={d} />
            </Card>
          </Flex>
        ) : query.loading ? null : (
          <Alert type="warning" showIcon title={t('delib.notFound')} data-testid="delib-not-found" />
        )}
      </QueryState>
    </section>
  );
}
