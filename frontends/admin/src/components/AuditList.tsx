import { cellTestId, DataTable, useT, COLORS } from '@xiangzhi/platform';
import { Card, Flex, Spin, Tag, type TableColumnsType } from 'antd';
import type { AuditRow } from '../api/audit';
import { formatTime } from '../lib/dates';

const rowAttributes = (row: AuditRow) => ({
  'data-testid': 'audit-row',
  'data-record-id': row.id,
  'data-action': row.action,
  'data-actor': row.actorName,
  'data-subject-id': row.subjectId ?? '',
});

function ActionTag({ row }: { row: AuditRow }) {
  const t = useT();
  return (
    <Tag
      color={row.outcome === 'FAILURE' ? 'red' : 'blue'}
      data-testid="audit-action"
      data-outcome={row.outcome}
      style={WRAP_TAG}
    >
      {t(`admin.audit.action.${row.action}`)}
      {row.outcome === 'FAILURE' ? `（${t('admin.audit.outcome.FAILURE')}）` : ''}
    </Tag>
  );
}

// a long label, code, URL or id must wrap inside a phone-wide card, never widen the page
const WRAP_ANYWHERE = { overflowWrap: 'anywhere', minWidth: 0 } as const;
const WRAP_TAG = { ...WRAP_ANYWHERE, whiteSpace: 'normal', maxWidth: '100%', marginInlineEnd: 0 } as const;

const subjectOf = (row: AuditRow): string => [row.subjectType, row.subjectId].filter(Boolean).join(' ');

/** Audit records as a table on a desktop. */
export function AuditTable({ records, loading }: { records: AuditRow[]; loading: boolean }) {
  const t = useT();
  const columns: TableColumnsType<AuditRow> = [
    {
      key: 'at',
      title: t('admin.audit.at'),
      width: 140,
      render: (_, row) => formatTime(row.at),
      onCell: () => cellTestId('audit-at'),
    },
    {
      key: 'actor',
      title: t('admin.audit.actor'),
      width: 120,
      dataIndex: 'actorName',
      onCell: () => cellTestId('audit-actor'),
    },
    { key: 'action', title: t('admin.audit.action'), width: 150, render: (_, row) => <ActionTag row={row} /> },
    {
      key: 'subject',
      title: t('admin.audit.subjectColumn'),
      width: 200,
      render: (_, row) => subjectOf(row),
      onCell: () => cellTestId('audit-subject'),
    },
    { key: 'division', title: t('admin.audit.division'), width: 120, dataIndex: 'divisionCode' },
    { key: 'reason', title: t('admin.audit.reason'), dataIndex: 'reason', onCell: () => cellTestId('audit-reason') },
    {
      key: 'detail',
      title: t('admin.audit.detail'),
      width: 180,
      render: (_, row) => row.detail ?? '',
      onCell: () => cellTestId('audit-detail'),
    },
    { key: 'address', title: t('admin.audit.address'), width: 120, render: (_, row) => row.clientAddress ?? '' },
  ];
  return (
    <DataTable<AuditRow>
      testId="audit-table"
      rowKey="id"
      size="small"
      columns={columns}
      rows={records}
      loading={loading}
      rowAttributes={rowAttributes}
      scrollX={1240}
    />
  );
}

/** Audit records as cards on a phone. */
export function AuditCards({ records, loading }: { records: AuditRow[]; loading: boolean }) {
  const t = useT();
  return (
    <Spin spinning={loading}>
      <Flex vertical gap={10} data-testid="audit-cards">
        {records.map((row) => (
          <Card key={row.id} size="small" {...rowAttributes(row)}>
            <Flex vertical gap={4} style={WRAP_ANYWHERE}>
              <Flex justify="space-between" align="center" gap={8} wrap>
                <ActionTag row={row} />
                <span data-testid="audit-at">{formatTime(row.at)}</span>
              </Flex>
              <span>
                {t('admin.audit.actor')}：<strong data-testid="audit-actor">{row.actorName}</strong>
                {row.clientAddress ? ` · ${row.clientAddress}` : ''}
              </span>
              {subjectOf(row) ? <span data-testid="audit-subject">{subjectOf(row)}</span> : null}
              <span data-testid="audit-reason">{row.reason}</span>
              {row.detail ? (
                <span data-testid="audit-detail" style={{ color: COLORS.textSecondary }}>
                  {row.detail}
                </span>
              ) : null}
            </Flex>
          </Card>
        ))}
      </Flex>
    </Spin>
  );
}
