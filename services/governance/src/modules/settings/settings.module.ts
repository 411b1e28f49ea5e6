import type { GovernanceModule } from '../../module.js';
import { Setting } from './setting.entity.js';
import { SettingsResolver } from './settings.resolver.js';

/** What the settings module adds to the governance subgraph. */
export const settingsModule: GovernanceModule = {
  entities: [Setting],
  resolvers: [SettingsResolver],
  references: {},
};
