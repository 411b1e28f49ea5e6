// Public API of the register-export module: the register export.
// Other modules, schema.ts, demo.ts and tests import only this file.
export { register_exportModule } from './register-export.module.js';
