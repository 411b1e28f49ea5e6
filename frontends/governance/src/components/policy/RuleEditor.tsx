import { useT } from '@xiangzhi/platform';
import { Button, Card, Flex, Input, Select } from 'antd';

// The eligibility rule as the server stores it (a JSON tree): the editor builds it, no expression is parsed.
export type RuleNode =
  | { type: 'ALL' | 'ANY'; conditions: RuleNode[] }
  | { type: 'NOT'; condition: RuleNode }
  | { type: 'HAS_TAG'; tag: string }
  | { type: 'MEMBER_AGE' | 'HOUSEHOLD_SIZE'; min: number | null; max: number | null }
  | { type: 'INCOME_BAND'; bands: string[] }
  | { type: 'VILLAGE_IN'; codes: string[] };

const TYPES = ['ALL', 'ANY', 'NOT', 'HAS_TAG', 'MEMBER_AGE', 'HOUSEHOLD_SIZE', 'INCOME_BAND', 'VILLAGE_IN'] as const;
const TAGS = [
  'DIBAO',
  'WUBAO',
  'SERIOUS_ILLNESS_DISABILITY',
  'EMPTY_NEST_ELDERLY',
  'LEFT_BEHIND_CHILD',
  'LEFT_BEHIND_WOMAN',
  'LEFT_BEHIND_ELDERLY',
  'LIFTED_FROM_POVERTY',
  'MONITORED',
];
const BANDS = ['BELOW_10K', 'FROM_10K_TO_30K', 'FROM_30K_TO_60K', 'FROM_60K_TO_100K', 'ABOVE_100K'];

/** A fresh node of a type, keeping the children when a group changes between ALL and ANY. */
export function nodeOf(type: RuleNode['type'], from?: RuleNode): RuleNode {
  switch (type) {
    case 'ALL':
    case 'ANY':
      return { type, conditions: from && 'conditions' in from ? from.conditions : [nodeOf('HAS_TAG')] };
    case 'NOT':
      return { type, condition: nodeOf('HAS_TAG') };
    case 'HAS_TAG':
      return { type, tag: 'EMPTY_NEST_ELDERLY' };
    case 'MEMBER_AGE':
      return { type, min: 60, max: null };
    case 'HOUSEHOLD_SIZE':
      return { type, min: 1, max: null };
    case 'INCOME_BAND':
      return { type, bands: ['BELOW_10K'] };
    case 'VILLAGE_IN':
      return { type, codes: [] };
  }
}

const num = (v: string): number | null => (v.trim() === '' ? null : Number(v));

interface Props {
  value: RuleNode;
  onChange(next: RuleNode): void;
  onRemove?(): void;
  path?: string;
}

/** One row of the tree: the condition's type and its values; groups hold rows of their own. */
export function RuleEditor({ value, onChange, onRemove, path = 'rule' }: Props) {
  const t = useT();
  const head = (
    <Flex gap={6} wrap align="center">
      <span data-testid={`${path}-type`}>
        <Select
          value={value.type}
          virtual={false}
          onChange={(type) => onChange(nodeOf(type, value))}
          options={TYPES.map((type) => ({ value: type, label: t(`gov.rule.${type}`) }))}
          style={{ minWidth: 130 }}
        />
      </span>
      {value.type === 'HAS_TAG' ? (
        <span data-testid={`${path}-tag`}>
          <Select
            value={value.tag}
            virtual={false}
            onChange={(tag) => onChange({ ...value, tag })}
            options={TAGS.map((tag) => ({ value: tag, label: t(`gov.tag.${tag}`) }))}
            style={{ minWidth: 150 }}
          />
        </span>
      ) : null}
      {value.type === 'MEMBER_AGE' || value.type === 'HOUSEHOLD_SIZE' ? (
        <>
          {(['min', 'max'] as const).map((bound) => (
            <Input
              key={bound}
              type="number"
              min={0}
              value={value[bound] ?? ''}
              placeholder={t(`gov.rule.${bound}`)}
              aria-label={t(`gov.rule.${bound}`)}
              onChange={(e) => onChange({ ...value, [bound]: num(e.target.value) })}
              style={{ width: 84 }}
              data-testid={`${path}-${bound}`}
            />
          ))}
        </>
      ) : null}
      {value.type === 'INCOME_BAND' ? (
        <span data-testid={`${path}-bands`}>
          <Select
            mode="multiple"
            value={value.bands}
            onChange={(bands) => onChange({ ...value, bands })}
            options={BANDS.map((band) => ({ value: band, label: t(`gov.income.${band}`) }))}
            style={{ minWidth: 200 }}
          />
        </span>
      ) : null}
      {value.type === 'VILLAGE_IN' ? (
        <Input
          value={value.codes.join(',')}
          placeholder={t('gov.rule.codes')}
          onChange={(e) =>
            onChange({
              ...value,
              codes: e.target.value
                .split(/[,，\s]+/)
                .map((c) => c.trim())
                .filter(Boolean),
            })
          }
          style={{ minWidth: 220 }}
          data-testid={`${path}-codes`}
        />
      ) : null}
      {onRemove ? (
        <Button size="small" danger type="text" onClick={onRemove} data-testid={`${path}-remove`}>
          {t('gov.rule.remove')}
        </Button>
      ) : null}
    </Flex>
  );
  if (value.type === 'ALL' || value.type === 'ANY')
    return (
      <Card size="small" styles={{ body: { padding: 8 } }} data-testid={path}>
        <Flex vertical gap={6}>
          {head}
          {value.conditions.map((child, i) => (
            <div key={i} style={{ paddingLeft: 12 }}>
              <RuleEditor
                path={`${path}-${i}`}
                value={child}
                onChange={(next) =>
                  onChange({ ...value, conditions: value.conditions.map((c, j) => (j === i ? next : c)) })
                }
                onRemove={
                  value.conditions.length > 1
                    ? () => onChange({ ...value, conditions: value.conditions.filter((_, j) => j !== i) })
                    : undefined
                }
              />
            </div>
          ))}
          <Button
            size="small"
            style={{ alignSelf: 'flex-start' }}
            onClick={() => onChange({ ...value, conditions: [...value.conditions, nodeOf('HAS_TAG')] })}
            data-testid={`${path}-add`}
          >
            {t('gov.rule.add')}
          </Button>
        </Flex>
      </Card>
    );
  if (value.type === 'NOT')
    return (
      <Card size="small" styles={{ body: { padding: 8 } }} data-testid={path}>
        <Flex vertical gap={6}>
          {head}
          <div style={{ paddingLeft: 12 }}>
            <RuleEditor
              path={`${path}-0`}
              value={value.condition}
              onChange={(condition) => onChange({ ...value, condition })}
            />
          </div>
        </Flex>
      </Card>
    );
  return <div data-testid={path}>{head}</div>;
}
