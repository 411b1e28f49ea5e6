import { Alert, Button, Flex, Input, Radio, Select } from 'antd';
import { useT } from '@xiangzhi/platform';
import { useState } from 'react';
import { DecideDeliberationFailureDocument, type DeliberationFieldsFragment } from '../gql/graphql';
import { STEPS, isVotingStep, type DeliberationStepName } from '../pages/DeliberationMessages';
import { useDeliberationAction } from './DeliberationAction';

interface Props {
  deliberation: DeliberationFieldsFragment;
  failedStep: DeliberationStepName;
  onDone(d: DeliberationFieldsFragment): void;
}

/** After a failed quorum or vote: end the matter, or return it to this or an earlier voting step, with a reason. */
export function DeliberationDecisionForm({ deliberation: d, failedStep, onDone }: Props) {
  const t = useT();
  const [action, setAction] = useState<'END' | 'RETURN'>('RETURN');
  const [returnTo, setReturnTo] = useState<DeliberationStepName>(failedStep);
  const [reason, setReason] = useState('');
  const decide = useDeliberationAction(DecideDeliberationFailureDocument);
  const targets = STEPS.filter((s) => isVotingStep(s) && STEPS.indexOf(s) <= STEPS.indexOf(failedStep));
  const submit = async (): Promise<void> => {
    const input = {
      deliberationId: d.id,
      version: d.version,
      action,
      returnTo: action === 'RETURN' ? returnTo : null,
      reason,
    };
    const result = await decide.run({ input });
    if (result) onDone(result.decideDeliberationFailure);
  };
  return (
    <Flex vertical gap={8} data-testid="delib-decision-form">
      <Alert type="warning" showIcon title={t('delib.decide')} />
      <Radio.Group
        value={action}
        onChange={(e) => setAction(e.target.value as 'END' | 'RETURN')}
        data-testid="delib-decision-action"
      >
        <Radio value="RETURN" data-testid="delib-decision-return">
          {t('delib.action.RETURN')}
        </Radio>
        <Radio value="END" data-testid="delib-decision-end">
          {t('delib.action.END')}
        </Radio>
      </Radio.Group>
      {action === 'RETURN' ? (
        <div data-testid="delib-decision-step">
          <Select
            value={returnTo}
            onChange={setReturnTo}
            aria-label={t('delib.returnTo')}
            options={targets.map((s) => ({ value: s, label: `${t('delib.returnTo')} ${t(`delib.step.${s}`)}` }))}
            virtual={false}
            style={{ width: '100%' }}
          />
        </div>
      ) : null}
      <Input
        maxLength={500}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        placeholder={t('delib.reason')}
        aria-label={t('delib.reason')}
        data-testid="delib-decision-reason"
      />
      {decide.error ? <Alert type="error" showIcon title={decide.error} data-testid="delib-decision-error" /> : null}
      <Button
        type="primary"
        danger={action === 'END'}
        loading={decide.busy}
        disabled={!reason.trim()}
        onClick={() => void submit()}
        data-testid="delib-decision-submit"
      >
        {t('delib.confirmDecision')}
      </Button>
    </Flex>
  );
}
