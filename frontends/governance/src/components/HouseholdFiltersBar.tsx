import { FilterOutlined, SearchOutlined } from '@ant-design/icons';
import { RegionPicker, useIsPhone, useT } from '@xiangzhi/platform';
import { Button, Checkbox, Flex, Input } from 'antd';
import { useEffect, useEffectEvent, useState } from 'react';
import { TAG_KINDS, type TagKind } from '../api/enums';
import type { HouseholdFilters, LookupError } from '../households-query';
import { GridSelect } from './GridSelect';
import { LookupFields } from './LookupFields';
import { Select } from './LazySelect';

/** How long typing pauses before the list follows the search box. */
export const SEARCH_DELAY_MS = 300;

export interface HouseholdFiltersBarProps {
  filters: HouseholdFilters;
  onChange(filters: HouseholdFilters): void;
  /** Shown for users above village level. */
  regionRoot: string | null;
  onRegionChange(code: string | undefined): void;
  /** The region whose grids the grid filter offers. */
  gridRegion: string;
  /** The exact lookups the account may use (an unmask each): the others are not offered. */
  lookups: { idCardNo: boolean; phone: boolean };
  /** The server's refusal of the last lookup, shown at its field. */
  lookupError: LookupError | null;
}

/** Search box always; ID number / phone (with a reason), tag, grid and "unpaired only" (folded away on a phone). */
export function HouseholdFiltersBar(props: HouseholdFiltersBarProps) {
  const { filters, onChange, regionRoot, onRegionChange, gridRegion, lookups, lookupError } = props;
  const t = useT();
  const isPhone = useIsPhone();
  const [open, setOpen] = useState(false);
  const set = (patch: Partial<HouseholdFilters>) => onChange({ ...filters, ...patch });
  // the list follows the search box as the user types, once they pause (no search button to find)
  const [text, setText] = useState(filters.search);
  const applySearch = useEffectEvent((search: string) => {
    if (filters.search !== search) onChange({ ...filters, search });
  });
  useEffect(() => {
    const timer = setTimeout(() => applySearch(text.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const activeCount = [filters.idCardNo, filters.phone, filters.tag, filters.gridId, filters.unpaired || null].filter(
    Boolean,
  ).length;
  const fieldWidth = isPhone ? '100%' : 200;
  const showMore = !isPhone || open;

  return (
    <Flex vertical gap={8} style={{ marginBottom: 16 }} data-testid="household-filters">
      <Flex wrap gap={8} align="center">
        {regionRoot ? <RegionPicker rootCode={regionRoot} onChange={onRegionChange} /> : null}
        <Input
          allowClear
          prefix={<SearchOutlined />}
          enterKeyHint="search"
          size={isPhone ? 'large' : 'middle'}
          placeholder={t('governance.searchPlaceholder')}
          value={text}
          onPressEnter={() => set({ search: text.trim() })}
          onChange={(event) => setText(event.target.value)}
          style={{ flex: isPhone ? '1 1 0' : undefined, width: isPhone ? undefined : 280 }}
          data-testid="household-search"
        />
        {isPhone ? (
          <Button
            size="large"
            icon={<FilterOutlined />}
            type={activeCount > 0 ? 'primary' : 'default'}
            aria-label={t('gov.filter.more')}
            aria-expanded={open}
            onClick={() => setOpen(!open)}
            data-testid="household-filters-toggle"
          >
            {activeCount > 0 ? activeCount : null}
          </Button>
        ) : null}
      </Flex>
      {showMore ? (
        <Flex wrap gap={8} align="center">
          <LookupFields
            filters={filters}
            onChange={onChange}
            lookups={lookups}
            error={lookupError}
            width={fieldWidth}
          />
          <span data-testid="household-filter-tag" style={{ width: fieldWidth }}>
            <Select<TagKind>
              allowClear
              placeholder={t('gov.filter.tag')}
              value={filters.tag ?? undefined}
              onChange={(tag) => set({ tag: tag ?? null })}
              options={TAG_KINDS.map((tag) => ({ value: tag, label: t(`gov.tag.${tag}`) }))}
              style={{ width: '100%' }}
            />
          </span>
          <GridSelect
            regionCode={gridRegion}
            value={filters.gridId}
            onChange={(gridId) => set({ gridId })}
            testId="household-filter-grid"
            width={fieldWidth}
          />
          <Checkbox
            checked={filters.unpaired}
            onChange={(event) => set({ unpaired: event.target.checked })}
            data-testid="household-filter-unpaired"
          >
            {t('gov.filter.unpairedOnly')}
          </Checkbox>
        </Flex>
      ) : null}
    </Flex>
  );
}
