import { gqlRequest, useT } from '@xiangzhi/platform';
import { Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { HOUSEHOLD_OPTIONS_QUERY } from '../api/cards';

interface Option {
  value: string;
  label: string;
}

/** Pick households by name, pinyin initials or address (searched on the server). */
export function HouseholdMultiSelect({
  regionCode,
  value,
  onChange,
  testId,
}: {
  regionCode: string | null;
  value: string[];
  onChange(ids: string[]): void;
  testId: string;
}) {
  const t = useT();
  const [options, setOptions] = useState<Option[]>([]);
  const [chosen, setChosen] = useState<Option[]>([]);
  const [loading, setLoading] = useState(false);
  const [search, setSearch] = useState('');
  const latest = useRef(0);

  useEffect(() => {
    const request = ++latest.current;
    const timer = setTimeout(() => {
      setLoading(true);
      gqlRequest(HOUSEHOLD_OPTIONS_QUERY, { regionCode, search: search || null, first: 30 })
        .then((data) => {
          if (request !== latest.current) return;
          setOptions(
            data.households.edges.map(({ node }) => ({ value: node.id, label: `${node.headName} · ${node.address}` })),
          );
        })
        .catch(() => request === latest.current && setOptions([]))
        .finally(() => request === latest.current && setLoading(false));
    }, 250);
    return () => clearTimeout(timer);
  }, [regionCode, search]);

  // Chosen households stay labelled when a new search replaces the options.
  const merged = [...chosen, ...options.filter((option) => !chosen.some((picked) => picked.value === option.value))];
  return (
    <span data-testid={testId} style={{ display: 'block' }}>
      <Select<string[]>
        mode="multiple"
        size="large"
        value={value}
        loading={loading}
        placeholder={t('gov.cards.searchHouseholds')}
        showSearch={{ filterOption: false, onSearch: setSearch }}
        onChange={(ids) => {
          setChosen(merged.filter((option) => ids.includes(option.value)));
          onChange(ids);
        }}
        options={merged}
        style={{ width: '100%' }}
        notFoundContent={loading ? t('state.loading') : t('governance.empty')}
      />
    </span>
  );
}
