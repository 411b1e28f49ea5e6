import type { EntityManager } from '@mikro-orm/postgresql';
import { Role, hasRole, inJurisdiction, type Principal } from '@xiangzhi/auth';
import { badInput, forbidden } from '@xiangzhi/subgraph-kit';
import { Setting } from './setting.entity.js';
import { SETTING_DEFINITIONS, isSettingKey, type SettingKey, type SettingValue } from './setting.defaults.js';

/** The division codes a setting may come from, most specific first: village, township, county. */
const ancestry = (code: string): string[] => [code, code.slice(0, 9), code.slice(0, 6)].filter((c, i, all) => c.length >= 6 && all.indexOf(c) === i);

export interface EffectiveSetting { key: SettingKey; value: unknown; source: string | null }

const ADMINS: Role[] = [Role.COUNTY_ADMIN, Role.TOWNSHIP_ADMIN, Role.VILLAGE_SECRETARY];

export class SettingService {
  constructor(private readonly em: EntityManager) {}

  /** The value in force for a division: its own, else its township's, else its county's, else the default. */
  async get<K extends SettingKey>(divisionCode: string, key: K): Promise<SettingValue<K>> {
    return (await this.effective(divisionCode, [key]))[0].value as SettingValue<K>;
  }

  async effective(divisionCode: string, keys: readonly SettingKey[]): Promise<EffectiveSetting[]> {
    const codes = ancestry(divisionCode);
    const rows = await this.em.find(Setting, { divisionCode: { $in: codes }, key: { $in: [...keys] } });
    return keys.map((key) => {
      for (const code of codes) {
        const row = rows.find((r) => r.key === key && r.divisionCode === code);
        if (row) return { key, value: row.value, source: code };
      }
      return { key, value: SETTING_DEFINITIONS[key].default, source: null };
    });
  }

  /** Sets a value for a division inside the caller's jurisdiction (admins and village secretaries). */
  async set(principal: Principal, divisionCode: string, key: string, value: unknown): Promise<EffectiveSetting> {
    if (!isSettingKey(key)) throw badInput('key', `未知的设置项：${key}`);
    if (!inJurisdiction(principal, divisionCode) || !hasRole(principal, ...ADMINS)) throw forbidden('只能修改本人管辖范围内的设置');
    const parsed = SETTING_DEFINITIONS[key].schema.safeParse(value);
    if (!parsed.success) throw badInput('value', `“${SETTING_DEFINITIONS[key].label}”的取值无效`);
    const existing = await this.em.findOne(Setting, { divisionCode, key });
    if (existing) { existing.value = parsed.data; existing.updatedBy = principal.accountId; }
    else this.em.create(Setting, { divisionCode, key, value: parsed.data, updatedBy: principal.accountId });
    await this.em.flush();
    return { key, value: parsed.data, source: divisionCode };
  }
}
