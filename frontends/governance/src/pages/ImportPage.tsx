import { defineMessages, gqlRequest, useSession, useT } from '@xiangzhi/platform';
import { Alert, Button, Card, Flex } from 'antd';
import { useState } from 'react';
import { COMMIT_IMPORT, wizardStep, type ImportMode } from '../api/register-import';
import { ExportCard } from '../components/import/ExportCard';
import { ImportReport } from '../components/import/ImportReport';
import { ImportUpload } from '../components/import/ImportUpload';
import { ProgressBar } from '../components/ProgressBar';
import { StatTile } from '../components/StatTile';
import { StepBar } from '../components/StepBar';
import { canUnmask } from '../lib/access';
import { asRequestError } from '../lib/errors';
import { useImportJob } from '../lib/useImportJob';
import { IMPORT_MESSAGES } from '../messages/import';

defineMessages(IMPORT_MESSAGES);

/** Import wizard: template → file → validation report → all or valid rows → progress → result; plus export. */
export function ImportPage() {
  const t = useT();
  const account = useSession()?.account;
  const divisionCode = account?.divisionCode ?? '';
  const tracker = useImportJob();
  const [committed, setCommitted] = useState(false);
  const [commitError, setCommitError] = useState<string | null>(null);
  const [committing, setCommitting] = useState(false);
  const job = tracker.job;
  const step = wizardStep(job, committed);

  const commit = async (mode: ImportMode) => {
    if (!job) return;
    setCommitting(true);
    setCommitError(null);
    try {
      const data = await gqlRequest(COMMIT_IMPORT, { jobId: job.id, mode });
      setCommitted(true);
      tracker.track(data.commitRegisterImport);
    } catch (caught) {
      setCommitError(asRequestError(caught, t('gov.common.failed')).message);
    } finally {
      setCommitting(false);
    }
  };

  const restart = () => {
    tracker.reset();
    setCommitted(false);
    setCommitError(null);
  };

  return (
    <section data-testid="import-page">
      <h2 style={{ margin: '0 0 12px', fontSize: 20 }}>{t('gov.import.title')}</h2>
      <Flex vertical gap={12}>
        <Card size="small">
          <StepBar
            testId="import-steps"
            current={step}
            steps={[
              t('gov.import.stepTemplate'),
              t('gov.import.stepFile'),
              t('gov.import.stepReport'),
              t('gov.import.stepImport'),
              t('gov.import.stepDone'),
            ]}
          />
          {tracker.error ? (
            <Alert
              type="error"
              showIcon
              title={tracker.error}
              style={{ marginBottom: 12 }}
              action={
                job ? (
                  <Button size="small" onClick={() => tracker.track(job)}>
                    {t('state.retry')}
                  </Button>
                ) : null
              }
              data-testid="import-poll-error"
            />
          ) : null}
          {!job ? <ImportUpload divisionCode={divisionCode} onValidating={tracker.track} /> : null}
          {job && (job.status === 'VALIDATING' || step === 3) ? (
            <Flex vertical gap={8} data-testid={step === 3 ? 'import-progress' : 'import-validating'}>
              <span>
                {step === 3
                  ? t('gov.import.importing', { done: job.processedRows, total: job.totalRows })
                  : t('gov.import.validating', { name: job.fileName })}
              </span>
              <ProgressBar value={job.progress} testId="import-progress-bar" />
            </Flex>
          ) : null}
          {job && !committed && (job.status === 'VALIDATED' || job.status === 'FAILED') ? (
            <ImportReport job={job} busy={committing} error={commitError} onCommit={commit} onRestart={restart} />
          ) : null}
          {job && committed && (job.status === 'DONE' || job.status === 'FAILED') ? (
            <Flex vertical gap={12} data-testid="import-result" data-status={job.status}>
              {job.status === 'DONE' ? (
                <Alert type="success" showIcon title={t('gov.import.done', { name: job.fileName })} />
              ) : (
                <Alert
                  type="error"
                  showIcon
                  title={t('gov.import.failed')}
                  description={job.errors[0]?.message}
                  data-testid="import-failed"
                />
              )}
              <Flex wrap gap={8}>
                <StatTile
                  label={t('gov.import.created')}
                  value={job.createdHouseholds}
                  testId="import-created"
                  tone="good"
                />
                <StatTile label={t('gov.import.updated')} value={job.updatedHouseholds} testId="import-updated" />
                <StatTile label={t('gov.import.skipped')} value={job.errorRows} testId="import-skipped" />
              </Flex>
              <div>
                <Button size="large" onClick={restart} data-testid="import-again">
                  {t('gov.import.again')}
                </Button>
              </div>
            </Flex>
          ) : null}
        </Card>
        <ExportCard divisionCode={divisionCode} canUnmask={canUnmask(account?.permissions ?? [])} />
      </Flex>
    </section>
  );
}
