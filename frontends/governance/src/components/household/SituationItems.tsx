import { useT } from '@xiangzhi/platform';
import { TextAreaItem } from '../TextAreaItem';

export interface SituationItemsProps {
  /** Prefix of the data-testids: `<testId>-production`, `-living`, `-difficulties`. */
  testId: string;
  /** The form's name for the household's difficulties (a visit has its own `difficulties`). */
  difficultiesName: string;
}

/**
 * The household's situation: production, living, difficulties (form fields `productionSituation`, `livingSituation`).
 */
export function SituationItems({ testId, difficultiesName }: SituationItemsProps) {
  const t = useT();
  return (
    <>
      <TextAreaItem name="productionSituation" label={t('gov.household.production')} testId={`${testId}-production`} />
      <TextAreaItem name="livingSituation" label={t('gov.household.living')} testId={`${testId}-living`} />
      <TextAreaItem name={difficultiesName} label={t('gov.household.difficulties')} testId={`${testId}-difficulties`} />
    </>
  );
}
