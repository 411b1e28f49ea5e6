import type { EntityManager } from '@mikro-orm/postgresql';
import { Action, authorize, type Principal } from '@xiangzhi/auth';
import { SECURITY_SETTING_RANGES, SecuritySettings, type SecuritySettingKey } from './security-settings.entity.js';
import type { SecuritySettingsInput } from './dto/security-settings.input.js';
import { AuditService } from '../audit/index.js';
import { AuditAction } from '../audit/index.js';
import { securitySettingInput } from './account.errors.js';

const KEYS = Object.keys(SECURITY_SETTING_RANGES) as SecuritySettingKey[];

/** The settings in force: the saved row, or the defaults while none is saved. */
export async function securitySettings(em: EntityManager): Promise<SecuritySettings> {
  return (await em.findOne(SecuritySettings, { id: 1 }, { disableIdentityMap: true })) ?? new SecuritySettings();
}

/** Security settings: the security administrator reads and changes them; each change is audited. */
export class SecuritySettingsService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
    private readonly clientAddress: string | null,
  ) {}

  async get(): Promise<SecuritySettings> {
    authorize(this.principal, Action.SECURITY_SETTINGS_MANAGE);
    return securitySettings(this.em);
  }

  async update(input: SecuritySettingsInput): Promise<SecuritySettings> {
    authorize(this.principal, Action.SECURITY_SETTINGS_MANAGE);
    const changes: string[] = [];
    let current = await this.em.findOne(SecuritySettings, { id: 1 });
    if (!current) this.em.persist((current = new SecuritySettings()));
    for (const key of KEYS) {
      const value = input[key];
      if (value == null) continue;
      const { min, max, label } = SECURITY_SETTING_RANGES[key];
      if (!Number.isInteger(value) || value < min || value > max)
        throw securitySettingInput(key, `${label}须为 ${min} 到 ${max} 之间的整数`);
      if (current[key] !== value) changes.push(`${label}：${current[key]} → ${value}`);
      current[key] = value;
    }
    if (!changes.length) return current;
    current.updatedAt = new Date();
    current.updatedBy = this.principal.accountId;
    new AuditService(this.em, this.principal, this.clientAddress).record({
      action: AuditAction.SETTINGS_CHANGE,
      subjectType: 'SecuritySettings',
      subjectId: null,
      divisionCode: this.principal.divisionCode,
      reason: '修改安全设置',
      detail: changes.join('；'),
    });
    await this.em.flush();
    return current;
  }
}
