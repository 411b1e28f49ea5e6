import { Alert, Button, Empty, Flex, Tag, Timeline } from 'antd';
import { COLORS, gqlRequest, saveFile, useT } from '@xiangzhi/platform';
import dayjs from 'dayjs';
import { useState } from 'react';
import {
  DeliberationNoticePdfDocument,
  type DeliberationFieldsFragment,
  type DeliberationRecordFieldsFragment,
} from '../gql/graphql';
import type { DeliberationStepName } from '../pages/DeliberationMessages';

type Rec = DeliberationRecordFieldsFragment;
const OUTCOME_COLOR: Record<string, string> = {
  PASSED: 'green',
  DISCLOSED: 'blue',
  QUORUM_FAILED: 'red',
  VOTE_FAILED: 'red',
};
const when = (iso: string): string => dayjs(iso).format('YYYY-MM-DD HH:mm');

function RecordBody({ record: r }: { record: Rec }) {
  const t = useT();
  return (
    <Flex vertical gap={2} data-testid={`delib-record-${r.step}`} data-superseded={r.superseded}>
      <Flex gap={6} wrap align="center">
        <strong>{t(`delib.step.${r.step}`)}</strong>
        <Tag color={OUTCOME_COLOR[r.outcome]}>{t(`delib.outcome.${r.outcome}`)}</Tag>
        {r.superseded ? <Tag>{t('delib.superseded')}</Tag> : null}
      </Flex>
      {r.meeting ? (
        <span>
          {dayjs(r.meeting.date).format('YYYY-MM-DD')} {r.meeting.title}
        </span>
      ) : null}
      {r.expectedCount != null ? (
        <span>
          {t('delib.tally', {
            expected: r.expectedCount,
            present: r.presentCount ?? 0,
            for: r.votesFor ?? 0,
            against: r.votesAgainst ?? 0,
            abstain: r.votesAbstain ?? 0,
          })}
        </span>
      ) : null}
      {r.noticeText ? <span style={{ whiteSpace: 'pre-wrap' }}>{r.noticeText}</span> : null}
      {r.postedFrom ? <span>{t('delib.posted', { from: r.postedFrom, to: r.postedTo ?? '' })}</span> : null}
      <span style={{ color: COLORS.textSecondary, fontSize: 12 }}>
        {t('delib.rule', { rule: r.rule })} · {t('delib.recordedBy', { who: r.recordedBy })} {when(r.createdAt)}
      </span>
      {r.failureAction ? (
        <span data-testid={`delib-record-decision-${r.step}`}>
          {t(`delib.decision.${r.failureAction}`, {
            who: r.decidedBy ?? '',
            reason: r.failureReason ?? '',
            step: r.returnedTo ? t(`delib.step.${r.returnedTo}`) : '',
          })}
        </span>
      ) : null}
    </Flex>
  );
}

/** The print buttons of the two notices that are in force. */
function NoticePrints({ deliberation: d }: { deliberation: DeliberationFieldsFragment }) {
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  const disclosed = (['RESOLUTION_DISCLOSED', 'RESULT_DISCLOSED'] as DeliberationStepName[]).filter((s) =>
    d.records.some((r) => r.step === s && !r.superseded),
  );
  if (!disclosed.length) return null;
  const print = async (step: DeliberationStepName): Promise<void> => {
    setError(null);
    try {
      const file = (await gqlRequest(DeliberationNoticePdfDocument, { id: d.id, step })).deliberationNoticePdf;
      if (file) saveFile(file);
    } catch {
      setError(t('delib.failed'));
    }
  };
  return (
    <Flex gap={8} wrap>
      {disclosed.map((s) => (
        <Button key={s} onClick={() => void print(s)} data-testid={`delib-print-${s}`}>
          {t('delib.print')}：{t(`delib.step.${s}`)}
        </Button>
      ))}
      {error ? <Alert type="error" showIcon title={error} /> : null}
    </Flex>
  );
}

/** Every record of the matter, oldest first, with the print buttons of its notices. */
export function DeliberationHistory({ deliberation: d }: { deliberation: DeliberationFieldsFragment }) {
  const t = useT();
  return (
    <Flex vertical gap={12} data-testid="delib-history">
      <NoticePrints deliberation={d} />
      {d.records.length ? (
        <Timeline
          items={d.records.map((r) => ({
            key: r.id,
            color: r.superseded ? 'gray' : OUTCOME_COLOR[r.outcome],
            content: <RecordBody record={r} />,
          }))}
        />
      ) : (
        <Empty description={t('delib.historyEmpty')} />
      )}
    </Flex>
  );
}
