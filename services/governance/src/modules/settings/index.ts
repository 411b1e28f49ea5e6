// Public API of the settings module: per-division settings with defaults.
// Other modules, schema.ts, demo.ts and tests import only this file.
export { settingsModule } from './settings.module.js';
export { SETTING_DEFINITIONS } from './setting.defaults.js';
export { Setting } from './setting.entity.js';
export { SettingService } from './setting.service.js';
