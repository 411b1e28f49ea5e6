import { Radio } from 'antd';
import { useT } from '@xiangzhi/platform';

export const TRACKS = ['VILLAGE', 'MAJOR_PUBLIC', 'HIGHER_LEVEL'] as const;
export const KINDS = ['PROBLEM', 'DEMAND', 'PETITION', 'SUGGESTION'] as const;
export const DOMAINS = ['INDUSTRY', 'LIVELIHOOD', 'GOVERNANCE', 'INFRASTRUCTURE', 'CADRE_CONDUCT'] as const;

/** A choice of a few values as buttons (easy on a phone, one tap); each button has `<testId>-<VALUE>`. */
export function AgendaChoice<V extends string>(props: {
  values: readonly V[];
  prefix: string;
  testId: string;
  value?: V;
  disabled?: boolean;
  onChange?: (value: V) => void;
}) {
  const t = useT();
  return (
    <Radio.Group
      optionType="button"
      size="small"
      value={props.value}
      disabled={props.disabled}
      onChange={(e) => props.onChange?.(e.target.value as V)}
      data-testid={props.testId}
    >
      {props.values.map((v) => (
        <Radio.Button key={v} value={v} data-testid={`${props.testId}-${v}`}>
          {t(`${props.prefix}.${v}`)}
        </Radio.Button>
      ))}
    </Radio.Group>
  );
}
