import { Cascader } from 'antd';
import { useEffect, useState } from 'react';
import { RegionsDocument } from '../gql/graphql';
import { gqlRequest } from '../instance';
import { useT } from '../react/useT';

interface RegionOption {
  value: string;
  label: string;
  isLeaf: boolean;
  children?: RegionOption[];
}

async function loadChildren(parentCode: string): Promise<RegionOption[]> {
  const data = await gqlRequest(RegionsDocument, { parentCode });
  return data.regions.map((region) => ({ value: region.code, label: region.name, isLeaf: region.level === 'VILLAGE' }));
}

function withChildren(options: RegionOption[], code: string, children: RegionOption[]): RegionOption[] {
  return options.map((option) => {
    if (option.value === code) return { ...option, children, isLeaf: children.length === 0 };
    return option.children ? { ...option, children: withChildren(option.children, code, children) } : option;
  });
}

export interface RegionPickerProps {
  /** The caller's division code: the picker offers the regions below it. */
  rootCode: string;
  onChange(code: string | undefined): void;
}

/** Township / village filter for county and township users; cleared means the whole jurisdiction. */
export function RegionPicker({ rootCode, onChange }: RegionPickerProps) {
  const t = useT();
  const [options, setOptions] = useState<RegionOption[]>([]);
  const [path, setPath] = useState<string[]>([]);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    loadChildren(rootCode)
      .then((children) => live && setOptions(children))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [rootCode]);

  const loadData = (selected: RegionOption[]) => {
    const target = selected[selected.length - 1];
    if (!target || target.children) return;
    loadChildren(target.value)
      .then((children) => setOptions((current) => withChildren(current, target.value, children)))
      .catch(() => setOptions((current) => withChildren(current, target.value, [])));
  };

  return (
    <span data-testid="region-picker">
      <Cascader<RegionOption>
        options={options}
        value={path}
        loadData={loadData}
        changeOnSelect
        allowClear
        status={failed ? 'error' : undefined}
        placeholder={t('region.all')}
        aria-label={t('region.label')}
        style={{ minWidth: 220, maxWidth: '100%' }}
        onChange={(value) => {
          const next = (value ?? []).map(String);
          setPath(next);
          onChange(next[next.length - 1]);
        }}
      />
    </span>
  );
}
