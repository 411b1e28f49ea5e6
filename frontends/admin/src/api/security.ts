// Documents in security.graphql; their types are generated (`npm run codegen`).
import type { AdminSecuritySettingsFragment } from '../gql/graphql';

export {
  AdminSecuritySettingsDocument as SECURITY_SETTINGS_QUERY,
  AdminUpdateSecuritySettingsDocument as UPDATE_SECURITY_SETTINGS_MUTATION,
} from '../gql/graphql';

/** The security settings the security administrator keeps (lockout, idle timeout, throttling). */
export type SecuritySettings = AdminSecuritySettingsFragment;

export type SecuritySettingKey = Exclude<keyof SecuritySettings, 'updatedAt'>;

export const SECURITY_SETTING_KEYS: readonly SecuritySettingKey[] = [
  'maxFailedLogins',
  'lockMinutes',
  'idleMinutes',
  'loginsPerMinutePerUser',
  'loginsPerMinutePerAddress',
];
