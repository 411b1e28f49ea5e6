// Documents in register-import.graphql; their types are generated (`npm run codegen`).
import type { GovernanceImportJobFragment } from '../gql/graphql';
import type { ImportMode, ImportStatus } from './enums';

export {
  GovernanceCommitImportDocument as COMMIT_IMPORT,
  GovernanceExportRegisterDocument as EXPORT_REGISTER,
  GovernanceImportJobDocument as IMPORT_JOB_QUERY,
  GovernanceRegisterTemplateDocument as TEMPLATE_QUERY,
  GovernanceValidateImportDocument as VALIDATE_IMPORT,
} from '../gql/graphql';

export type ImportJob = GovernanceImportJobFragment;
export type ImportRowError = ImportJob['errors'][number];

/** How many row errors the report shows at once (the rest are counted): errors(first:) in the document. */
export const ERROR_PAGE = 200;

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
