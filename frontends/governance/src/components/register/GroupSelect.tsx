import { useGqlQuery, useT } from '@xiangzhi/platform';
import { VILLAGER_GROUPS_QUERY } from '../../api/register-forms';
import { Select } from '../LazySelect';

export interface GroupSelectProps {
  villageCode: string;
  value?: string | null;
  onChange?(groupId: string | null): void;
  testId: string;
}

/** The villager groups (村民小组) of a village. */
export function GroupSelect({ villageCode, value, onChange, testId }: GroupSelectProps) {
  const t = useT();
  const query = useGqlQuery(VILLAGER_GROUPS_QUERY, { villageCode }, { skip: !villageCode });
  return (
    <span data-testid={testId} style={{ display: 'block' }}>
      <Select<string>
        allowClear
        loading={query.loading}
        placeholder={t('gov.hhForm.group')}
        value={value ?? undefined}
        onChange={(next) => onChange?.(next ?? null)}
        options={(query.data?.villagerGroups ?? []).map((group) => ({ value: group.id, label: group.name }))}
        style={{ width: '100%' }}
      />
    </span>
  );
}
