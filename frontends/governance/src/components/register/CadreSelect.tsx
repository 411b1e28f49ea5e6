import { nodesOf, useGqlQuery, useT } from '@xiangzhi/platform';
import { CADRE_OPTIONS_QUERY } from '../../api/register-forms';
import { Select } from '../LazySelect';

export interface CadreSelectProps {
  /** The household's village: its own cadres and its township's may pair with it. */
  villageCode: string;
  value?: string | null;
  onChange?(cadreId: string | null): void;
  /** Left out of the list (the cadre being replaced). */
  exclude?: string;
  testId: string;
}

/** Cadres who may take a household of this village, with how many households each takes already. */
export function CadreSelect({ villageCode, value, onChange, exclude, testId }: CadreSelectProps) {
  const t = useT();
  const township = villageCode.slice(0, 9);
  const query = useGqlQuery(CADRE_OPTIONS_QUERY, { regionCode: township, search: null });
  const cadres = nodesOf(query.data?.cadres).filter(
    (cadre) => cadre.id !== exclude && (cadre.divisionCode === villageCode || cadre.divisionCode === township),
  );
  return (
    <span data-testid={testId} style={{ display: 'block' }}>
      <Select<string>
        showSearch={{ optionFilterProp: 'label' }}
        loading={query.loading}
        placeholder={t('gov.pairForm.cadre')}
        value={value ?? undefined}
        onChange={(next) => onChange?.(next ?? null)}
        options={cadres.map((cadre) => ({
          value: cadre.id,
          label: `${cadre.name}（${cadre.post}，${t('gov.pairForm.load', { paired: cadre.pairedCount, capacity: cadre.capacity })}）`,
        }))}
        style={{ width: '100%' }}
      />
    </span>
  );
}
