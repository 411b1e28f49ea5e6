import { FILE_DOWNLOAD_FIELDS } from '../lib/files';
import type { ImportMode, ImportStatus } from './enums';

export interface ImportRowError {
  row: number;
  column: string;
  message: string;
}

export interface ImportJob {
  id: string;
  status: ImportStatus;
  fileName: string;
  totalRows: number;
  validRows: number;
  errorRows: number;
  processedRows: number;
  createdHouseholds: number;
  updatedHouseholds: number;
  progress: number;
  errors: ImportRowError[];
}

/** How many row errors the report shows at once (the rest are counted). */
export const ERROR_PAGE = 200;

const JOB_FIELDS = `id status fileName totalRows validRows errorRows processedRows createdHouseholds updatedHouseholds progress
  errors(first: ${ERROR_PAGE}) { row column message }`;

export const TEMPLATE_QUERY = `query GovernanceRegisterTemplate { registerTemplate { ${FILE_DOWNLOAD_FIELDS} } }`;

export const IMPORT_JOB_QUERY = `query GovernanceImportJob($id: ID!) { importJob(id: $id) { ${JOB_FIELDS} } }`;

export const VALIDATE_IMPORT = `mutation GovernanceValidateImport($villageCode: String!, $fileName: String!, $contentBase64: String!) {
  validateRegisterImport(villageCode: $villageCode, fileName: $fileName, contentBase64: $contentBase64) { ${JOB_FIELDS} }
}`;

export const COMMIT_IMPORT = `mutation GovernanceCommitImport($jobId: ID!, $mode: ImportMode!) {
  commitRegisterImport(jobId: $jobId, mode: $mode) { ${JOB_FIELDS} }
}`;

export const EXPORT_REGISTER = `query GovernanceExportRegister($regionCode: String, $unmasked: Boolean, $reason: String) {
  exportRegister(regionCode: $regionCode, unmasked: $unmasked, reason: $reason) { ${FILE_DOWNLOAD_FIELDS} }
}`;

/** Still working on the server: poll again. */
export const isRunning = (status: ImportStatus): boolean => status === 'VALIDATING' || status === 'IMPORTING';

export type { ImportMode };

/** Which step of the wizard a job is at: 0–1 choose, 2 report, 3 importing, 4 done. */
export function wizardStep(job: ImportJob | null, committed: boolean): number {
  if (!job) return 1;
  if (job.status === 'VALIDATING') return 2;
  if (!committed && (job.status === 'VALIDATED' || job.status === 'FAILED')) return 2;
  if (job.status === 'IMPORTING' || (job.status === 'VALIDATED' && committed)) return 3;
  return 4;
}
