/** The security settings the security administrator keeps (lockout, idle timeout, throttling). */
export interface SecuritySettings {
  maxFailedLogins: number;
  lockMinutes: number;
  idleMinutes: number;
  loginsPerMinutePerUser: number;
  loginsPerMinutePerAddress: number;
  updatedAt: string | null;
}

export type SecuritySettingKey = Exclude<keyof SecuritySettings, 'updatedAt'>;

export const SECURITY_SETTING_KEYS: readonly SecuritySettingKey[] = [
  'maxFailedLogins',
  'lockMinutes',
  'idleMinutes',
  'loginsPerMinutePerUser',
  'loginsPerMinutePerAddress',
];

const FIELDS = `${SECURITY_SETTING_KEYS.join(' ')} updatedAt`;

export interface SecuritySettingsData {
  securitySettings: SecuritySettings;
}

export const SECURITY_SETTINGS_QUERY = `query AdminSecuritySettings { securitySettings { ${FIELDS} } }`;

export const UPDATE_SECURITY_SETTINGS_MUTATION = `mutation AdminUpdateSecuritySettings($input: SecuritySettingsInput!) {
  updateSecuritySettings(input: $input) { ${FIELDS} }
}`;
