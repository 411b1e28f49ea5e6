import { useGqlQuery, useT } from '@xiangzhi/platform';
import { Select } from 'antd';
import { useState } from 'react';
import { CASE_CADRES_QUERY } from '../../api/cases';
import { useDebounced } from '../../lib/useDebounced';

export interface CadrePickerProps {
  /** The case's division: the cadres offered are the ones there (the server scopes them to the caller). */
  regionCode: string;
  value?: string;
  onChange?(value: string | undefined): void;
}

/** The responsible cadre of ASSIGN: search by name or post as you type. */
export function CadrePicker({ regionCode, value, onChange }: CadrePickerProps) {
  const t = useT();
  const [search, setSearch] = useState('');
  const term = useDebounced(search.trim());
  const query = useGqlQuery(CASE_CADRES_QUERY, { regionCode, search: term || null });
  const cadres = query.data?.cadres.edges.map((edge) => edge.node) ?? [];
  return (
    <div data-testid="case-form-cadre">
      <Select<string>
        showSearch={{ filterOption: false, onSearch: setSearch }}
        size="large"
        value={value}
        onChange={onChange}
        loading={query.loading}
        placeholder={t('gov.form.cadreSearch')}
        options={cadres.map((cadre) => ({ value: cadre.id, label: `${cadre.name}（${cadre.post}）` }))}
      />
    </div>
  );
}
