import { Steps } from 'antd';
import { useIsPhone, useT } from '@xiangzhi/platform';
import type { DeliberationFieldsFragment } from '../gql/graphql';
import { STEPS } from '../pages/DeliberationMessages';

/** The six steps as antd Steps: done ones finished, the current one waiting (red when it failed). */
export function DeliberationSteps({ deliberation: d }: { deliberation: DeliberationFieldsFragment }) {
  const t = useT();
  const isPhone = useIsPhone();
  const current = d.currentStep ? STEPS.indexOf(d.currentStep) : d.status === 'COMPLETED' ? STEPS.length : -1;
  // an ended matter stops at the step that failed last
  const endedAt = d.status === 'ENDED' ? (d.records.filter((r) => !r.superseded).at(-1)?.step ?? null) : null;
  const failed = d.status === 'AWAITING_DECISION' || d.status === 'ENDED';
  return (
    <Steps
      data-testid="delib-steps"
      size="small"
      orientation={isPhone ? 'vertical' : 'horizontal'}
      current={endedAt ? STEPS.indexOf(endedAt) : current}
      status={failed ? 'error' : d.status === 'COMPLETED' ? 'finish' : 'process'}
      items={STEPS.map((step) => ({ title: t(`delib.step.${step}`) }))}
    />
  );
}
