import { DataTable, useIsPhone, useT, COLORS } from '@xiangzhi/platform';
import { Alert, Button, Flex, Radio, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { ERROR_PAGE, type ImportJob, type ImportMode, type ImportRowError } from '../../api/register-import';
import { StatTile } from '../StatTile';

export interface ImportReportProps {
  job: ImportJob;
  busy: boolean;
  error: string | null;
  onCommit(mode: ImportMode): void;
  onRestart(): void;
}

const rowAttributes = (row: ImportRowError) => ({ 'data-testid': 'import-error-row', 'data-row': row.row });

/** Step 3: what the validation found (row, column, message), then all-or-nothing or valid rows only. */
export function ImportReport({ job, busy, error, onCommit, onRestart }: ImportReportProps) {
  const t = useT();
  const isPhone = useIsPhone();
  const [mode, setMode] = useState<ImportMode>(job.errorRows > 0 ? 'VALID_ONLY' : 'ALL_OR_NOTHING');
  const rowLabel = (row: ImportRowError) => (row.row === 0 ? t('gov.import.wholeFile') : String(row.row));
  const columnLabel = (row: ImportRowError) => row.column || (row.row === 0 ? '—' : t('gov.import.wholeRow'));
  const columns: TableColumnsType<ImportRowError> = [
    { key: 'row', title: t('gov.import.row'), width: 90, align: 'right', render: (_, row) => rowLabel(row) },
    { key: 'column', title: t('gov.import.column'), width: 140, render: (_, row) => columnLabel(row) },
    { key: 'message', title: t('gov.import.message'), dataIndex: 'message' },
  ];
  const nothingValid = job.validRows === 0;
  const failed = job.status === 'FAILED';

  return (
    <Flex vertical gap={12} data-testid="import-report">
      <Flex wrap gap={8}>
        <StatTile label={t('gov.import.total')} value={job.totalRows} testId="import-total" />
        <StatTile label={t('gov.import.valid')} value={job.validRows} testId="import-valid" tone="good" />
        <StatTile
          label={t('gov.import.invalid')}
          value={job.errorRows}
          testId="import-invalid"
          tone={job.errorRows > 0 ? 'danger' : undefined}
        />
      </Flex>
      {failed ? (
        <Alert type="error" showIcon title={t('gov.import.fileFailed')} data-testid="import-file-failed" />
      ) : null}
      {job.errors.length > 0 ? (
        isPhone ? (
          <Flex vertical gap={6} data-testid="import-errors">
            {job.errors.map((row, index) => (
              <div
                key={`${row.row}-${row.column}-${index}`}
                data-testid="import-error-row"
                data-row={row.row}
                style={{
                  padding: 8,
                  border: `1px solid ${COLORS.errorBorder}`,
                  background: COLORS.errorBg,
                  borderRadius: 6,
                }}
              >
                <strong>
                  {row.row === 0
                    ? t('gov.import.wholeFile')
                    : t('gov.import.rowColumn', { row: row.row, column: columnLabel(row) })}
                </strong>
                <div>{row.message}</div>
              </div>
            ))}
          </Flex>
        ) : (
          <DataTable<ImportRowError>
            testId="import-errors"
            rowKey={(row) => `${row.row}-${row.column}-${row.message}`}
            size="small"
            columns={columns}
            rows={job.errors}
            pageSize={20}
            rowAttributes={rowAttributes}
          />
        )
      ) : failed ? null : (
        <Alert type="success" showIcon title={t('gov.import.allValid')} data-testid="import-all-valid" />
      )}
      {job.errorRows > job.errors.length && job.errors.length >= ERROR_PAGE ? (
        <span style={{ color: COLORS.textSecondary }}>{t('gov.import.moreErrors', { shown: job.errors.length })}</span>
      ) : null}
      {failed ? null : (
        <Radio.Group
          value={mode}
          onChange={(event) => setMode(event.target.value as ImportMode)}
          data-testid="import-mode"
        >
          <Flex vertical gap={8}>
            <Radio value="ALL_OR_NOTHING" data-testid="import-mode-all">
              <strong>{t('gov.import.modeAll')}</strong>
              <div style={{ color: COLORS.textSecondary }}>{t('gov.import.modeAllHint')}</div>
            </Radio>
            <Radio value="VALID_ONLY" data-testid="import-mode-valid">
              <strong>{t('gov.import.modeValid')}</strong>
              <div style={{ color: COLORS.textSecondary }}>
                {t('gov.import.modeValidHint', { count: job.validRows })}
              </div>
            </Radio>
          </Flex>
        </Radio.Group>
      )}
      {!failed && mode === 'ALL_OR_NOTHING' && job.errorRows > 0 ? (
        <Alert type="warning" showIcon title={t('gov.import.allBlocked')} data-testid="import-all-blocked" />
      ) : null}
      {error ? <Alert type="error" showIcon title={error} data-testid="import-commit-error" /> : null}
      <Flex gap={8} wrap>
        {failed ? null : (
          <Button
            type="primary"
            size="large"
            loading={busy}
            disabled={nothingValid}
            onClick={() => onCommit(mode)}
            block={isPhone}
            data-testid="import-commit"
          >
            {t('gov.import.commit')}
          </Button>
        )}
        <Button size="large" onClick={onRestart} block={isPhone} data-testid="import-restart">
          {t('gov.import.restart')}
        </Button>
      </Flex>
    </Flex>
  );
}
