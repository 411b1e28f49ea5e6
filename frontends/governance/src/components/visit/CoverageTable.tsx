import { useIsPhone, useT } from '@xiangzhi/platform';
import { Button, Flex, Table, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import type { CoverageGroup } from '../../api/enums';
import type { CoverageRow } from '../../api/visits';
import { ProgressBar } from '../ProgressBar';

export interface CoverageTableProps {
  rows: CoverageRow[];
  groupBy: CoverageGroup;
  loading: boolean;
  selectedCadre: string | null;
  onSelectCadre(cadreId: string | null): void;
}

const rowAttributes = (row: CoverageRow) => ({ 'data-testid': 'visit-coverage-row', 'data-key': row.key }) as HTMLAttributes<HTMLElement>;

/** Visited / paired households per group; a cadre's row filters the not-visited list. */
export function CoverageTable({ rows, groupBy, loading, selectedCadre, onSelectCadre }: CoverageTableProps) {
  const t = useT();
  const isPhone = useIsPhone();
  const ratio = (row: CoverageRow) => (
    <div data-testid="visit-coverage-ratio" data-paired={row.paired} data-visited={row.visited}>
      <ProgressBar value={row.ratio} label={`${row.visited} / ${row.paired}`} />
    </div>
  );
  const pick = (row: CoverageRow) =>
    groupBy === 'CADRE' ? (
      <Button size="small" type={selectedCadre === row.key ? 'primary' : 'default'} onClick={() => onSelectCadre(selectedCadre === row.key ? null : row.key)} data-testid="visit-coverage-pick">
        {t('gov.coverage.notVisitedOf')}
      </Button>
    ) : null;
  const name = (row: CoverageRow) => <span data-testid="visit-coverage-name">{row.name || t('governance.noGrid')}</span>;

  if (isPhone) {
    return (
      <Flex vertical gap={8} data-testid="visit-coverage-list">
        {rows.map((row) => (
          <div key={row.key} data-testid="visit-coverage-row" data-key={row.key} style={{ padding: 10, border: '1px solid #f0f0f0', borderRadius: 8, background: '#fff' }}>
            <Flex justify="space-between" align="center" gap={8}>
              <strong>{name(row)}</strong>
              {pick(row)}
            </Flex>
            {ratio(row)}
          </div>
        ))}
      </Flex>
    );
  }
  const columns: TableColumnsType<CoverageRow> = [
    { key: 'name', title: t(`gov.coverage.group.${groupBy}`), render: (_, row) => name(row) },
    { key: 'paired', title: t('gov.coverage.paired'), dataIndex: 'paired', width: 100, align: 'right' },
    { key: 'visited', title: t('gov.coverage.visited'), dataIndex: 'visited', width: 100, align: 'right' },
    { key: 'ratio', title: t('gov.coverage.ratio'), width: 240, render: (_, row) => ratio(row) },
    ...(groupBy === 'CADRE' ? [{ key: 'pick', title: '', width: 120, render: (_: unknown, row: CoverageRow) => pick(row) }] : []),
  ];
  return (
    <div data-testid="visit-coverage-list">
      <Table<CoverageRow> rowKey="key" size="small" columns={columns} dataSource={rows} loading={loading} pagination={false} onRow={rowAttributes} />
    </div>
  );
}
