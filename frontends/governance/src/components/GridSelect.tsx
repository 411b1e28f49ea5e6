import { useGqlQuery, useT } from '@xiangzhi/platform';
import { REGION_GRIDS_QUERY } from '../api/territory';
import { Select } from './LazySelect';

export interface GridSelectProps {
  regionCode: string;
  value: string | null;
  onChange(gridId: string | null): void;
  testId: string;
  size?: 'middle' | 'large';
  width?: number | string;
  /** Only area (3rd-level) grids, e.g. for contact cards. */
  areaOnly?: boolean;
}

/** The grids of a region (township: 1st level; village: 2nd and 3rd level), searchable. */
export function GridSelect({ regionCode, value, onChange, testId, size, width, areaOnly }: GridSelectProps) {
  const t = useT();
  const query = useGqlQuery(REGION_GRIDS_QUERY, { code: regionCode }, { skip: !regionCode });
  const grids = (query.data?.region?.grids ?? []).filter((grid) => !areaOnly || grid.level === 'AREA');
  return (
    <span data-testid={testId} style={{ display: 'inline-block', width: width ?? 220, maxWidth: '100%' }}>
      <Select<string>
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        size={size}
        loading={query.loading}
        status={query.error ? 'error' : undefined}
        placeholder={query.error ? query.error.message : t('gov.filter.grid')}
        value={value ?? undefined}
        onChange={(next) => onChange(next ?? null)}
        options={grids.map((grid) => ({
          value: grid.id,
          label: `${grid.name}（${t(`gov.gridLevel.${grid.level}`)}，${t('gov.grid.households', { count: grid.householdCount })}）`,
        }))}
        style={{ width: '100%' }}
        notFoundContent={t('gov.filter.noGrids')}
      />
    </span>
  );
}
