import { z } from 'zod';
import { AppError } from '@xiangzhi/subgraph-kit';
import { HouseholdTagKind, IncomeBand, SENSITIVE_TAGS } from '../household/index.js';

// The eligibility rule of a policy, written as data (a JSON tree the rule editor builds), never as code:
// groups (ALL / ANY / NOT) of conditions over household and resident facts.

const MAX_DEPTH = 5;
const MAX_CONDITIONS = 40;
const MAX_AGE = 120;
const MAX_SIZE = 30;

export type PolicyRule =
  | { type: 'ALL'; conditions: PolicyRule[] }
  | { type: 'ANY'; conditions: PolicyRule[] }
  | { type: 'NOT'; condition: PolicyRule }
  /** The household carries the tag now (低保户, 空巢老人户 …; 重病重残户 is the disability / serious illness fact). */
  | { type: 'HAS_TAG'; tag: HouseholdTagKind }
  /** At least one member aged between min and max (whole years today, both ends included). */
  | { type: 'MEMBER_AGE'; min: number | null; max: number | null }
  /** Number of registered members between min and max. */
  | { type: 'HOUSEHOLD_SIZE'; min: number | null; max: number | null }
  /** The household's income band is one of these. */
  | { type: 'INCOME_BAND'; bands: IncomeBand[] }
  /** The household lives in one of these villages (12-digit codes). */
  | { type: 'VILLAGE_IN'; codes: string[] };

const bound = (max: number) => z.number().int().min(0).max(max).nullable().default(null);
const range = <T extends z.ZodRawShape>(shape: T) =>
  z
    .object(shape)
    .strict()
    .refine((r: { min?: number | null; max?: number | null }) => r.min != null || r.max != null, {
      message: '请至少填写下限或上限',
      path: ['min'],
    })
    .refine((r: { min?: number | null; max?: number | null }) => r.min == null || r.max == null || r.min <= r.max, {
      message: '下限不能大于上限',
      path: ['max'],
    });

const RULE: z.ZodType<PolicyRule> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('ALL'), conditions: z.array(RULE).min(1).max(MAX_CONDITIONS) }).strict(),
    z.object({ type: z.literal('ANY'), conditions: z.array(RULE).min(1).max(MAX_CONDITIONS) }).strict(),
    z.object({ type: z.literal('NOT'), condition: RULE }).strict(),
    z.object({ type: z.literal('HAS_TAG'), tag: z.enum(HouseholdTagKind) }).strict(),
    range({ type: z.literal('MEMBER_AGE'), min: bound(MAX_AGE), max: bound(MAX_AGE) }),
    range({ type: z.literal('HOUSEHOLD_SIZE'), min: bound(MAX_SIZE), max: bound(MAX_SIZE) }),
    z.object({ type: z.literal('INCOME_BAND'), bands: z.array(z.enum(IncomeBand)).min(1).max(5) }).strict(),
    z
      .object({
        type: z.literal('VILLAGE_IN'),
        codes: z
          .array(z.string().regex(/^\d{12}$/, '村区划代码应为 12 位数字'))
          .min(1)
          .max(200),
      })
      .strict(),
  ]),
) as z.ZodType<PolicyRule>;

/** The Chinese words for what zod found wrong at one place of the tree. */
function message(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_union':
      return '条件类型不正确（应为 ALL、ANY、NOT、HAS_TAG、MEMBER_AGE、HOUSEHOLD_SIZE、INCOME_BAND、VILLAGE_IN 之一）';
    case 'invalid_value':
      return '取值不在可选范围内';
    case 'invalid_type':
      // zod reports no input by default; its English message names what it received
      return /received undefined/.test(issue.message) ? '缺少必填项' : '类型不正确';
    case 'too_small':
      return issue.origin === 'array' ? '至少需要一项' : `不能小于 ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array' ? `最多 ${String(issue.maximum)} 项` : `不能大于 ${String(issue.maximum)}`;
    case 'unrecognized_keys':
      return `不认识的字段：${issue.keys.join('、')}`;
    default:
      return issue.message;
  }
}

/** The error a client sees for a bad rule: POLICY_RULE_INVALID, the path in the tree as the field. */
export const ruleInvalid = (path: readonly PropertyKey[], text: string): AppError =>
  new AppError('POLICY_RULE_INVALID', `享受条件有误：${text}`, ['rule', ...path.map(String)].join('.'));

const depth = (r: PolicyRule): number =>
  r.type === 'ALL' || r.type === 'ANY'
    ? 1 + Math.max(...r.conditions.map(depth))
    : r.type === 'NOT'
      ? 1 + depth(r.condition)
      : 1;
const count = (r: PolicyRule): number =>
  r.type === 'ALL' || r.type === 'ANY'
    ? r.conditions.reduce((n, c) => n + count(c), 0)
    : r.type === 'NOT'
      ? count(r.condition)
      : 1;

/** Checks a rule the editor sent; throws POLICY_RULE_INVALID naming the path (rule.conditions.1.min). */
export function parseRule(value: unknown): PolicyRule {
  const result = RULE.safeParse(value);
  if (!result.success) {
    // the deepest issue is the one a person can fix; a failed union lists its branches' issues
    const issue = result.error.issues[0]!;
    throw ruleInvalid(issue.path, message(issue));
  }
  const rule = result.data;
  if (depth(rule) > MAX_DEPTH) throw ruleInvalid([], `条件最多嵌套 ${MAX_DEPTH} 层`);
  if (count(rule) > MAX_CONDITIONS) throw ruleInvalid([], `条件最多 ${MAX_CONDITIONS} 条`);
  return rule;
}

/** True when the rule looks at a sensitive fact (低保, 五保, 重病重残, 脱贫, 监测): who matches is personal data. */
export function isSensitive(r: PolicyRule): boolean {
  switch (r.type) {
    case 'ALL':
    case 'ANY':
      return r.conditions.some(isSensitive);
    case 'NOT':
      return isSensitive(r.condition);
    case 'HAS_TAG':
      return SENSITIVE_TAGS.has(r.tag);
    default:
      return false;
  }
}
