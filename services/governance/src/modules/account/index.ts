// Public API of the account module: accounts, sessions and security settings.
// Other modules, schema.ts, demo.ts and tests import only this file.
export { accountModule } from './account.module.js';
export { Account } from './account.entity.js';
export { hashPassword } from './account.service.js';
