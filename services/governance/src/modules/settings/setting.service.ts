import type { EntityManager } from '@mikro-orm/postgresql';
import { Action, can, divisionLevel, inLine, type Principal } from '@xiangzhi/auth';
import { forbidden, entityNotFound } from '@xiangzhi/subgraph-kit';
import { Setting } from './setting.entity.js';
import { Region } from '../region/index.js';
import {
  SETTING_DEFINITIONS,
  SETTING_KEYS,
  isSettingKey,
  type SettingKey,
  type SettingValue,
} from './setting.defaults.js';
import { settingsInput } from './settings.errors.js';

/** The division codes a setting may come from, most specific first: village, township, county. */
const ancestry = (code: string): string[] =>
  [code, code.slice(0, 9), code.slice(0, 6)].filter((c, i, all) => c.length >= 6 && all.indexOf(c) === i);

export interface EffectiveSetting {
  key: SettingKey;
  label: string;
  value: unknown;
  source: string | null;
}

function checkFormat(divisionCode: string): void {
  if (!divisionLevel(divisionCode))
    throw settingsInput('divisionCode', '区划代码应为 6 位（县）、9 位（乡镇）或 12 位（村）数字');
}

export class SettingService {
  constructor(private readonly em: EntityManager) {}

  /** The value in force for a division: its own, else its township's, else its county's, else the default. */
  async get<K extends SettingKey>(divisionCode: string, key: K): Promise<SettingValue<K>> {
    return (await this.effective(divisionCode, [key]))[0].value as SettingValue<K>;
  }

  async effective(divisionCode: string, keys: readonly SettingKey[]): Promise<EffectiveSetting[]> {
    const found = (await this.effectiveMany([divisionCode], keys)).get(divisionCode);
    return keys.map((key) => ({
      key,
      label: SETTING_DEFINITIONS[key].label,
      ...(found?.get(key) ?? { value: SETTING_DEFINITIONS[key].default, source: null }),
    }));
  }

  /**
   * The values in force for many divisions in one statement (a grid tree, a list of cadres):
   * for each code and key, the division's own value, its township's, its county's, else the default.
   */
  async effectiveMany(
    divisionCodes: Iterable<string>,
    keys: readonly SettingKey[],
  ): Promise<Map<string, Map<SettingKey, { value: unknown; source: string | null }>>> {
    const wanted = [...new Set(divisionCodes)];
    const all = [...new Set(wanted.flatMap(ancestry))];
    const rows =
      all.length && keys.length
        ? await this.em.find(Setting, { divisionCode: { $in: all }, key: { $in: [...keys] } })
        : [];
    const byKey = new Map(rows.map((r) => [`${r.divisionCode}|${r.key}`, r.value]));
    return new Map(
      wanted.map((code) => [
        code,
        new Map(
          keys.map((key) => {
            const source = ancestry(code).find((c) => byKey.has(`${c}|${key}`)) ?? null;
            return [
              key,
              { value: source ? byKey.get(`${source}|${key}`) : SETTING_DEFINITIONS[key].default, source },
            ] as const;
          }),
        ),
      ]),
    );
  }

  /** Every setting in force for a division in the caller's line (own, below, or a level above). */
  async list(principal: Principal, divisionCode: string): Promise<EffectiveSetting[]> {
    checkFormat(divisionCode);
    if (!can(principal, Action.ORG_READ) || !inLine(principal, divisionCode))
      throw forbidden('只能查看本人管辖范围内的设置');
    await this.checkExists(divisionCode);
    return this.effective(divisionCode, SETTING_KEYS);
  }

  /** Sets a value for a division inside the caller's jurisdiction (admins and village secretaries). */
  async set(principal: Principal, divisionCode: string, key: string, value: unknown): Promise<EffectiveSetting> {
    if (!isSettingKey(key)) throw settingsInput('key', `没有这个设置项；可设置的有：${SETTING_KEYS.join('、')}`);
    checkFormat(divisionCode);
    if (!can(principal, Action.SETTINGS_MANAGE, { divisionCode })) throw forbidden('只能修改本人管辖范围内的设置');
    await this.checkExists(divisionCode);
    const parsed = SETTING_DEFINITIONS[key].schema.safeParse(value);
    if (!parsed.success) throw settingsInput('value', `“${SETTING_DEFINITIONS[key].label}”的取值无效`);
    await this.checkCapacityRange(divisionCode, key, parsed.data);
    const existing = await this.em.findOne(Setting, { divisionCode, key });
    if (existing) {
      existing.value = parsed.data;
      existing.updatedBy = principal.accountId;
    } else this.em.create(Setting, { divisionCode, key, value: parsed.data, updatedBy: principal.accountId });
    await this.em.flush();
    return { key, label: SETTING_DEFINITIONS[key].label, value: parsed.data, source: divisionCode };
  }

  private async checkExists(divisionCode: string): Promise<void> {
    if (!(await this.em.count(Region, { code: divisionCode })))
      throw entityNotFound('REGION', 'divisionCode', '区划不存在');
  }

  /** The lower bound of households per cadre may not exceed the upper bound in force. */
  private async checkCapacityRange(divisionCode: string, key: SettingKey, value: unknown): Promise<void> {
    if (key !== 'pairing.capacityMin' && key !== 'pairing.capacityMax') return;
    const [min, max] = (await this.effective(divisionCode, ['pairing.capacityMin', 'pairing.capacityMax'])).map(
      (s) => s.value as number,
    );
    const next = key === 'pairing.capacityMin' ? { min: value as number, max } : { min, max: value as number };
    if (next.min > next.max) throw settingsInput('value', `联户数下限（${next.min}）不能大于上限（${next.max}）`);
  }
}
