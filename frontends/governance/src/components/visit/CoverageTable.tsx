import { useT } from '@xiangzhi/platform';
import { Button, Flex, type TableColumnsType } from 'antd';
import type { CoverageGroup } from '../../api/enums';
import type { CoverageRow } from '../../api/visits';
import { ProgressBar } from '../ProgressBar';
import { ROW_CARD_STYLE, RowList } from '../RowList';

export interface CoverageTableProps {
  rows: CoverageRow[];
  groupBy: CoverageGroup;
  loading: boolean;
  selectedCadre: string | null;
  onSelectCadre(cadreId: string | null): void;
}

/** Visited / paired households per group; a cadre's row filters the not-visited list. */
export function CoverageTable({ rows, groupBy, loading, selectedCadre, onSelectCadre }: CoverageTableProps) {
  const t = useT();
  const ratio = (row: CoverageRow) => (
    <div data-testid="visit-coverage-ratio" data-paired={row.paired} data-visited={row.visited}>
      <ProgressBar value={row.ratio} label={`${row.visited} / ${row.paired}`} />
    </div>
  );
  const pick = (row: CoverageRow) =>
    groupBy === 'CADRE' ? (
      <Button
        size="small"
        type={selectedCadre === row.key ? 'primary' : 'default'}
        onClick={() => onSelectCadre(selectedCadre === row.key ? null : row.key)}
        data-testid="visit-coverage-pick"
      >
        {t('gov.coverage.notVisitedOf')}
      </Button>
    ) : null;
  const name = (row: CoverageRow) => (
    <span data-testid="visit-coverage-name">{row.name || t('governance.noGrid')}</span>
  );

  const columns: TableColumnsType<CoverageRow> = [
    { key: 'name', title: t(`gov.coverage.group.${groupBy}`), render: (_, row) => name(row) },
    { key: 'paired', title: t('gov.coverage.paired'), dataIndex: 'paired', width: 100, align: 'right' },
    { key: 'visited', title: t('gov.coverage.visited'), dataIndex: 'visited', width: 100, align: 'right' },
    { key: 'ratio', title: t('gov.coverage.ratio'), width: 240, render: (_, row) => ratio(row) },
    ...(groupBy === 'CADRE'
      ? [{ key: 'pick', title: '', width: 120, render: (_: unknown, row: CoverageRow) => pick(row) }]
      : []),
  ];
  return (
    <RowList<CoverageRow>
      testId="visit-coverage-list"
      rowKey="key"
      columns={columns}
      rows={rows}
      loading={loading}
      rowAttributes={(row) => ({ 'data-testid': 'visit-coverage-row', 'data-key': row.key })}
      renderCard={(row, attributes) => (
        <div {...attributes} style={ROW_CARD_STYLE}>
          <Flex justify="space-between" align="center" gap={8}>
            <strong>{name(row)}</strong>
            {pick(row)}
          </Flex>
          {ratio(row)}
        </div>
      )}
    />
  );
}
