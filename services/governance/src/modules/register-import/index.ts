/**
 * What tools (the import benchmark) use of the register import, through
 * `@xiangzhi/governance-subgraph/register-import`.
 */
export { REGISTER_COLUMNS, INCOME_BAND_LABELS, parseTags } from './register-columns.js';
export { copyFrom, copyChunks } from './pg-copy.js';
export { RegisterImportService } from './register-import.service.js';
export { warmImportParser } from './import-parse.js';
export { ImportMode, ImportStatus, ImportJob } from './import-job.entity.js';
export { FieldCrypto } from '../../pii/field-crypto.js';
export { register_importModule } from './register-import.module.js';
export type { ColumnKey } from './register-columns.js';
export { MAX_BODY_BYTES } from './register-import.errors.js';
export { DATA_SHEET, DATA_SHEET_OPTIONS, addListValidations, layoutDataSheet } from './register-template.js';
