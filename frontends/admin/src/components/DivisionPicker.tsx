import { gqlRequest, useT } from '@xiangzhi/platform';
import { Cascader } from 'antd';
import { useEffect, useState } from 'react';
import { DIVISION_CHILDREN_QUERY, DIVISION_ROOT_QUERY, type RegionNode } from '../api/regions';

interface DivisionOption {
  value: string;
  label: string;
  isLeaf: boolean;
  children?: DivisionOption[];
}

/** Division codes have 6 digits (county), 9 (township) or 12 (village). */
const LEVEL_LENGTHS = [6, 9, 12] as const;

/** The codes from the root down to `code`, e.g. 430999 → 430999001 → 430999001001. */
export function divisionPath(rootCode: string, code: string | undefined): string[] {
  if (!code || !code.startsWith(rootCode)) return [];
  return LEVEL_LENGTHS.filter((length) => length >= rootCode.length && length <= code.length).map((length) =>
    code.slice(0, length),
  );
}

const toOption = (region: RegionNode): DivisionOption => ({
  value: region.code,
  label: region.name,
  isLeaf: region.level === 'VILLAGE',
});

async function childrenOf(code: string): Promise<DivisionOption[]> {
  const data = await gqlRequest(DIVISION_CHILDREN_QUERY, { parentCode: code });
  return data.regions.map(toOption);
}

function withChildren(options: DivisionOption[], code: string, children: DivisionOption[]): DivisionOption[] {
  return options.map((option) => {
    if (option.value === code) return { ...option, children, isLeaf: children.length === 0 };
    return option.children ? { ...option, children: withChildren(option.children, code, children) } : option;
  });
}

export interface DivisionPickerProps {
  /** The administrator's own division: an account can be given it or anything below it. */
  rootCode: string;
  value?: string;
  onChange?(code: string | undefined): void;
  testId?: string;
}

/** County → township → village, for an account's jurisdiction (a form control: value is the code). */
export function DivisionPicker({ rootCode, value, onChange, testId = 'division-picker' }: DivisionPickerProps) {
  const t = useT();
  const [options, setOptions] = useState<DivisionOption[]>([]);
  const [failed, setFailed] = useState(false);
  const [initial] = useState(value);

  useEffect(() => {
    let live = true;
    (async () => {
      const root = await gqlRequest(DIVISION_ROOT_QUERY, { code: rootCode });
      let tree: DivisionOption[] = [
        root.region ? toOption(root.region) : { value: rootCode, label: rootCode, isLeaf: false },
      ];
      // an account being edited: open the branches down to its division so its names show
      for (const code of divisionPath(rootCode, initial).slice(0, -1))
        tree = withChildren(tree, code, await childrenOf(code));
      if (live) setOptions(tree);
    })().catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [rootCode, initial]);

  const loadData = (selected: DivisionOption[]) => {
    const target = selected[selected.length - 1];
    if (!target || target.children) return;
    childrenOf(target.value)
      .then((children) => setOptions((current) => withChildren(current, target.value, children)))
      .catch(() => setOptions((current) => withChildren(current, target.value, [])));
  };

  return (
    <span data-testid={testId} data-value={value ?? ''}>
      <Cascader<DivisionOption>
        options={options}
        value={divisionPath(rootCode, value)}
        loadData={loadData}
        changeOnSelect
        status={failed ? 'error' : undefined}
        placeholder={t('admin.new.divisionRequired')}
        aria-label={t('admin.accounts.region')}
        style={{ width: '100%' }}
        onChange={(path) => {
          const codes = (path ?? []).map(String);
          onChange?.(codes[codes.length - 1]);
        }}
      />
    </span>
  );
}
