import { Alert, Button, Flex, Input, Select } from 'antd';
import { useGqlQuery, useT } from '@xiangzhi/platform';
import dayjs from 'dayjs';
import { useState } from 'react';
import {
  DeliberationMeetingOptionsDocument,
  RecordDeliberationVoteDocument,
  type DeliberationFieldsFragment,
} from '../gql/graphql';
import { STEP_MEETING_KINDS, type DeliberationStepName } from '../pages/DeliberationMessages';
import { useDeliberationAction } from './DeliberationAction';

const COUNTS = ['expected', 'present', 'for', 'against', 'abstain'] as const;
type Count = (typeof COUNTS)[number];

interface Props {
  deliberation: DeliberationFieldsFragment;
  step: DeliberationStepName;
  onDone(d: DeliberationFieldsFragment): void;
}

/** A voting step: the held meeting of its kind in the village, the attendance and the votes. */
export function DeliberationVoteForm({ deliberation: d, step, onDone }: Props) {
  const t = useT();
  const kinds = STEP_MEETING_KINDS[step] ?? [];
  const meetings = useGqlQuery(DeliberationMeetingOptionsDocument, { regionCode: d.villageCode });
  // a meeting that already carries a step of this matter is not offered again
  const used = new Set(d.records.filter((r) => !r.superseded).map((r) => r.meetingId));
  const options = (meetings.data?.meetings?.edges ?? [])
    .map((e) => e.node)
    .filter((m) => kinds.includes(m.kind) && m.status === 'HELD' && !used.has(m.id));
  const [meetingId, setMeetingId] = useState<string | undefined>();
  const [counts, setCounts] = useState<Record<Count, string>>({
    expected: '',
    present: '',
    for: '',
    against: '0',
    abstain: '0',
  });
  const action = useDeliberationAction(RecordDeliberationVoteDocument);
  const num = (c: Count): number => Number.parseInt(counts[c], 10);
  const submit = async (): Promise<void> => {
    const input = {
      deliberationId: d.id,
      version: d.version,
      step,
      meetingId: meetingId ?? '',
      expectedCount: num('expected'),
      presentCount: num('present'),
      votesFor: num('for'),
      votesAgainst: num('against'),
      votesAbstain: num('abstain'),
    };
    const result = await action.run({ input });
    if (result) onDone(result.recordDeliberationVote);
  };
  const kindNames = kinds.map((k) => t(`meetings.kind.${k}`)).join(' / ');
  return (
    <Flex vertical gap={8} data-testid="delib-vote-form">
      <div data-testid="delib-vote-meeting">
        <Select
          value={meetingId}
          onChange={setMeetingId}
          placeholder={t('delib.meeting')}
          aria-label={t('delib.meeting')}
          loading={meetings.loading}
          notFoundContent={t('delib.noMeeting')}
          options={options.map((m) => ({ value: m.id, label: `${dayjs(m.date).format('YYYY-MM-DD')} ${m.title}` }))}
          virtual={false}
          style={{ width: '100%' }}
        />
      </div>
      <span style={{ fontSize: 12 }}>{t('delib.meetingHelp', { kinds: kindNames })}</span>
      <Flex gap={8} wrap>
        {COUNTS.map((c) => (
          <Input
            key={c}
            type="number"
            min={0}
            inputMode="numeric"
            prefix={t(`delib.${c}`)}
            value={counts[c]}
            onChange={(e) => setCounts({ ...counts, [c]: e.target.value })}
            aria-label={t(`delib.${c}`)}
            style={{ width: 150 }}
            data-testid={`delib-vote-${c}`}
          />
        ))}
      </Flex>
      {action.error ? <Alert type="error" showIcon title={action.error} data-testid="delib-vote-error" /> : null}
      <Button
        type="primary"
        loading={action.busy}
        disabled={!meetingId || COUNTS.some((c) => counts[c].trim() === '')}
        onClick={() => void submit()}
        data-testid="delib-vote-submit"
      >
        {t('delib.recordVote')}
      </Button>
    </Flex>
  );
}
