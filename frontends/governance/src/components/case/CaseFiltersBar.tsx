import { FilterOutlined, SearchOutlined } from '@ant-design/icons';
import { useIsPhone, useT } from '@xiangzhi/platform';
import { Button, Flex, Input, Select } from 'antd';
import { useState } from 'react';
import { CASE_DOMAINS, CASE_FLAGS, CASE_KINDS, CASE_LEVELS, CASE_SOURCES, CASE_STATUSES } from '../../api/cases';
import type { CaseFilters, StatusChoice } from '../../lib/cases';

interface SelectSpec {
  key: Exclude<keyof CaseFilters, 'search' | 'status'>;
  values: readonly string[];
  prefix: string;
  any: string;
}

const SELECTS: readonly SelectSpec[] = [
  { key: 'level', values: CASE_LEVELS, prefix: 'gov.caseLevel', any: 'gov.cases.anyLevel' },
  { key: 'flag', values: CASE_FLAGS, prefix: 'gov.caseFlag', any: 'gov.cases.anyFlag' },
  { key: 'kind', values: CASE_KINDS, prefix: 'gov.caseKind', any: 'gov.cases.anyKind' },
  { key: 'domain', values: CASE_DOMAINS, prefix: 'gov.caseDomain', any: 'gov.cases.anyDomain' },
  { key: 'source', values: CASE_SOURCES, prefix: 'gov.caseSource', any: 'gov.cases.anySource' },
];

/** Search (as the user types) always; status, level, 推拖绕, kind, domain, source (folded away on a phone). */
export function CaseFiltersBar({ filters, onChange }: { filters: CaseFilters; onChange(next: CaseFilters): void }) {
  const t = useT();
  const isPhone = useIsPhone();
  const [open, setOpen] = useState(false);
  const set = (patch: Partial<CaseFilters>) => onChange({ ...filters, ...patch });
  const active = SELECTS.filter((spec) => filters[spec.key] !== null).length + (filters.status === 'OPEN' ? 0 : 1);
  const width = isPhone ? '100%' : 150;
  const statusOptions = [
    { value: 'OPEN', label: t('gov.cases.openOnly') },
    { value: 'ALL', label: t('gov.cases.anyStatus') },
    ...CASE_STATUSES.map((status) => ({ value: status, label: t(`gov.caseStatus.${status}`) })),
  ];

  return (
    <Flex vertical gap={8} style={{ marginBottom: 12 }} data-testid="case-filters">
      <Flex gap={8} align="center">
        <Input
          allowClear
          prefix={<SearchOutlined />}
          enterKeyHint="search"
          size={isPhone ? 'large' : 'middle'}
          maxLength={50}
          placeholder={t('gov.cases.search')}
          value={filters.search}
          onChange={(event) => set({ search: event.target.value })}
          style={{ flex: isPhone ? '1 1 0' : undefined, width: isPhone ? undefined : 280 }}
          data-testid="case-search"
        />
        {isPhone ? (
          <Button
            size="large"
            icon={<FilterOutlined />}
            type={active > 0 ? 'primary' : 'default'}
            aria-label={t('gov.cases.filters')}
            aria-expanded={open}
            onClick={() => setOpen(!open)}
            data-testid="case-filters-toggle"
          >
            {active > 0 ? active : null}
          </Button>
        ) : null}
      </Flex>
      {!isPhone || open ? (
        <Flex wrap gap={8}>
          <div data-testid="case-filter-status" style={{ width }}>
            <Select<StatusChoice>
              // a dozen choices: all rendered, none hidden behind the virtual list's scrolling
              virtual={false}
              style={{ width: '100%' }}
              value={filters.status}
              options={statusOptions}
              onChange={(status) => set({ status })}
            />
          </div>
          {SELECTS.map((spec) => (
            <div key={spec.key} data-testid={`case-filter-${spec.key}`} style={{ width }}>
              <Select<string>
                allowClear
                style={{ width: '100%' }}
                placeholder={t(spec.any)}
                value={filters[spec.key] ?? undefined}
                options={spec.values.map((value) => ({ value, label: t(`${spec.prefix}.${value}`) }))}
                onChange={(value) => set({ [spec.key]: value ?? null })}
              />
            </div>
          ))}
        </Flex>
      ) : null}
    </Flex>
  );
}
