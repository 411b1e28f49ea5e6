import { Alert, Button, Flex, Input } from 'antd';
import { useT } from '@xiangzhi/platform';
import dayjs from 'dayjs';
import { useState } from 'react';
import { RecordDeliberationDisclosureDocument, type DeliberationFieldsFragment } from '../gql/graphql';
import type { DeliberationStepName } from '../pages/DeliberationMessages';
import { useDeliberationAction } from './DeliberationAction';

const NOTICE_MAX = 5000;

interface Props {
  deliberation: DeliberationFieldsFragment;
  step: DeliberationStepName;
  /** The minimum posting days in force for the step (the form proposes that period). */
  minDays: number;
  onDone(d: DeliberationFieldsFragment): void;
}

/** A disclosure: the notice text and the days it is posted (at least the minimum in force). */
export function DeliberationDisclosureForm({ deliberation: d, step, minDays, onDone }: Props) {
  const t = useT();
  const [text, setText] = useState('');
  const [from, setFrom] = useState(() => dayjs().format('YYYY-MM-DD'));
  const [to, setTo] = useState(() =>
    dayjs()
      .add(Math.max(minDays, 1) - 1, 'day')
      .format('YYYY-MM-DD'),
  );
  const action = useDeliberationAction(RecordDeliberationDisclosureDocument);
  const submit = async (): Promise<void> => {
    const input = { deliberationId: d.id, version: d.version, step, noticeText: text, postedFrom: from, postedTo: to };
    const result = await action.run({ input });
    if (result) onDone(result.recordDeliberationDisclosure);
  };
  return (
    <Flex vertical gap={8} data-testid="delib-notice-form">
      <Input.TextArea
        rows={5}
        maxLength={NOTICE_MAX}
        showCount
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={t('delib.noticeText')}
        aria-label={t('delib.noticeText')}
        data-testid="delib-notice-text"
      />
      <Flex gap={8} wrap align="center">
        <span>{t('delib.postedFrom')}</span>
        <Input
          type="date"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
          aria-label={t('delib.postedFrom')}
          style={{ maxWidth: 170 }}
          data-testid="delib-notice-from"
        />
        <span>{t('delib.postedTo')}</span>
        <Input
          type="date"
          value={to}
          onChange={(e) => setTo(e.target.value)}
          aria-label={t('delib.postedTo')}
          style={{ maxWidth: 170 }}
          data-testid="delib-notice-to"
        />
      </Flex>
      {action.error ? <Alert type="error" showIcon title={action.error} data-testid="delib-notice-error" /> : null}
      <Button
        type="primary"
        loading={action.busy}
        disabled={!text.trim() || !from || !to}
        onClick={() => void submit()}
        data-testid="delib-notice-submit"
      >
        {t('delib.recordNotice')}
      </Button>
    </Flex>
  );
}
