import type { EntityManager } from '@mikro-orm/postgresql';
import { Action, authorize, divisionLevel, type Principal } from '@xiangzhi/auth';
import { DeliberationStep, STEP_ORDER, ThresholdComparison, VoteBase, isVotingStep } from './deliberation.enums.js';
import { DEFAULT_RULES, describeRule, looserPart, type StepRule, type Threshold } from './deliberation.rules.js';
import { DeliberationRuleRow, type DeliberationStepRule } from './deliberation-rule.entity.js';
import { deliberationRuleInput } from './deliberation.errors.js';

export interface SetRuleInput {
  divisionCode: string;
  step: DeliberationStep;
  attendanceNumerator?: number | null;
  attendanceDenominator?: number | null;
  attendanceComparison?: ThresholdComparison | null;
  passNumerator?: number | null;
  passDenominator?: number | null;
  passComparison?: ThresholdComparison | null;
  passBase?: VoteBase | null;
  minPostingDays?: number | null;
}

export interface RuleInForce {
  rule: StepRule;
  /** The division whose row applies; null for the default of the law. */
  source: string | null;
}

const MAX_DENOMINATOR = 100;
const MAX_POSTING_DAYS = 90;

/** The division and the ones above it whose rows apply to it, most specific first. */
const appliesTo = (divisionCode: string): string[] =>
  [12, 9, 6].filter((n) => divisionCode.length >= n).map((n) => divisionCode.slice(0, n));

function ruleOf(row: DeliberationRuleRow): StepRule {
  if (!isVotingStep(row.step)) return { minPostingDays: row.minPostingDays ?? 1 };
  return {
    vote: {
      attendance: {
        numerator: row.attendanceNumerator ?? 1,
        denominator: row.attendanceDenominator ?? 2,
        comparison: row.attendanceComparison ?? ThresholdComparison.MORE_THAN,
      },
      pass: {
        numerator: row.passNumerator ?? 1,
        denominator: row.passDenominator ?? 2,
        comparison: row.passComparison ?? ThresholdComparison.MORE_THAN,
      },
      passBase: row.passBase ?? VoteBase.PRESENT,
    },
  };
}

/** The rules in force for a village (or any division): the most specific row of each step, else the default. */
export async function rulesInForce(
  em: EntityManager,
  divisionCode: string,
): Promise<Record<DeliberationStep, RuleInForce>> {
  const rows = await em.find(DeliberationRuleRow, { divisionCode: { $in: appliesTo(divisionCode) } });
  const out = Object.fromEntries(STEP_ORDER.map((s) => [s, { rule: DEFAULT_RULES[s], source: null }])) as Record<
    DeliberationStep,
    RuleInForce
  >;
  for (const row of rows.sort((a, b) => a.divisionCode.length - b.divisionCode.length))
    out[row.step] = { rule: ruleOf(row), source: row.divisionCode };
  return out;
}

export function ruleView(step: DeliberationStep, { rule, source }: RuleInForce): DeliberationStepRule {
  return {
    step,
    divisionCode: source,
    attendance: rule.vote?.attendance ?? null,
    pass: rule.vote?.pass ?? null,
    passBase: rule.vote?.passBase ?? null,
    minPostingDays: rule.minPostingDays ?? null,
    description: describeRule(rule),
  };
}

function threshold(part: 'attendance' | 'pass', n?: number | null, d?: number | null, c?: ThresholdComparison | null) {
  if (!Number.isInteger(d) || d! < 1 || d! > MAX_DENOMINATOR)
    throw deliberationRuleInput(`${part}Denominator`, `分母应为 1 到 ${MAX_DENOMINATOR} 的整数`);
  if (!Number.isInteger(n) || n! < 1 || n! > d!)
    throw deliberationRuleInput(`${part}Numerator`, '分子应为正整数，且不大于分母');
  if (c !== ThresholdComparison.MORE_THAN && c !== ThresholdComparison.AT_LEAST)
    throw deliberationRuleInput(`${part}Comparison`, '请选择“超过”或“不少于”');
  if (c === ThresholdComparison.MORE_THAN && n === d)
    throw deliberationRuleInput(`${part}Numerator`, '“超过全部”无法达到：请改为“不少于”');
  return { numerator: n!, denominator: d!, comparison: c } satisfies Threshold;
}

/** The settings table: read by whoever reads meetings there, changed by county and township offices. */
export class DeliberationRuleService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
  ) {}

  private division(code: string | null | undefined, action: Action): string {
    const c = (code ?? this.principal.divisionCode).trim();
    if (!divisionLevel(c)) throw deliberationRuleInput('divisionCode', '区划代码应为 6、9 或 12 位数字');
    authorize(this.principal, action, { divisionCode: c });
    return c;
  }

  async effective(divisionCode?: string | null): Promise<DeliberationStepRule[]> {
    const code = this.division(divisionCode, Action.MEETING_READ);
    const rules = await rulesInForce(this.em, code);
    return STEP_ORDER.map((s) => ruleView(s, rules[s]));
  }

  /** A jurisdiction's own rule for one step; never looser than the law's default. */
  async set(input: SetRuleInput): Promise<DeliberationStepRule> {
    authorize(this.principal, Action.MEETING_SETTINGS_MANAGE);
    const divisionCode = this.division(input.divisionCode, Action.MEETING_SETTINGS_MANAGE);
    const step = input.step;
    if (!STEP_ORDER.includes(step)) throw deliberationRuleInput('step', '环节无效');
    const values: Partial<DeliberationRuleRow> = {};
    if (isVotingStep(step)) {
      const attendance = threshold(
        'attendance',
        input.attendanceNumerator,
        input.attendanceDenominator,
        input.attendanceComparison,
      );
      const pass = threshold('pass', input.passNumerator, input.passDenominator, input.passComparison);
      if (input.passBase !== VoteBase.EXPECTED && input.passBase !== VoteBase.PRESENT)
        throw deliberationRuleInput('passBase', '请选择按应到还是实到人数计算赞成票比例');
      const floor = DEFAULT_RULES[step].vote!;
      const looser = looserPart({ attendance, pass, passBase: input.passBase }, floor);
      if (looser)
        throw deliberationRuleInput(`${looser}Numerator`, `不能低于法定要求（${describeRule(DEFAULT_RULES[step])}）`);
      Object.assign(values, {
        attendanceNumerator: attendance.numerator,
        attendanceDenominator: attendance.denominator,
        attendanceComparison: attendance.comparison,
        passNumerator: pass.numerator,
        passDenominator: pass.denominator,
        passComparison: pass.comparison,
        passBase: input.passBase,
        minPostingDays: null,
      });
    } else {
      const days = input.minPostingDays;
      if (!Number.isInteger(days) || days! < 1 || days! > MAX_POSTING_DAYS)
        throw deliberationRuleInput('minPostingDays', `最短公示天数应为 1 到 ${MAX_POSTING_DAYS} 天`);
      values.minPostingDays = days!;
    }
    const row =
      (await this.em.findOne(DeliberationRuleRow, { divisionCode, step })) ??
      this.em.create(DeliberationRuleRow, { divisionCode, step, updatedBy: this.principal.username });
    Object.assign(row, values, { updatedBy: this.principal.username });
    await this.em.flush();
    return ruleView(step, { rule: ruleOf(row), source: divisionCode });
  }

  /** Drops the jurisdiction's own rule: the one above it (or the default) applies again, and is returned. */
  async reset(divisionCode: string, step: DeliberationStep): Promise<DeliberationStepRule> {
    authorize(this.principal, Action.MEETING_SETTINGS_MANAGE);
    const code = this.division(divisionCode, Action.MEETING_SETTINGS_MANAGE);
    if (!STEP_ORDER.includes(step)) throw deliberationRuleInput('step', '环节无效');
    await this.em.nativeDelete(DeliberationRuleRow, { divisionCode: code, step });
    return ruleView(step, (await rulesInForce(this.em, code))[step]);
  }
}
