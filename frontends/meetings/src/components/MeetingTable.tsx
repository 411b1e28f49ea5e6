import { cellTestId, DataTable, useT } from '@xiangzhi/platform';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import type { MeetingRow } from '../meetings-query';
import { MeetingKindTag } from './MeetingKindTag';

export function MeetingTable({
  meetings,
  loading,
  showVillage,
}: {
  meetings: MeetingRow[];
  loading: boolean;
  showVillage: boolean;
}) {
  const t = useT();
  const columns: TableColumnsType<MeetingRow> = [
    {
      key: 'date',
      title: t('meetings.date'),
      width: 120,
      render: (_, row) => dayjs(row.date).format('YYYY-MM-DD'),
      onCell: () => cellTestId('meeting-date'),
    },
    { key: 'kind', title: t('meetings.kind'), width: 150, render: (_, row) => <MeetingKindTag kind={row.kind} /> },
    { key: 'title', title: t('meetings.subject'), dataIndex: 'title', onCell: () => cellTestId('meeting-title') },
    ...(showVillage
      ? [
          {
            key: 'village',
            title: t('meetings.village'),
            width: 120,
            render: (_: unknown, row: MeetingRow) => row.village?.name ?? '—',
          },
        ]
      : []),
    {
      key: 'chair',
      title: t('meetings.chair'),
      width: 120,
      render: (_, row) => row.chair?.name ?? t('meetings.noChair'),
      onCell: () => cellTestId('meeting-chair'),
    },
  ];
  return (
    <DataTable<MeetingRow>
      testId="meetings-list"
      rowKey="id"
      columns={columns}
      rows={meetings}
      loading={loading}
      rowAttributes={(row) => ({ 'data-testid': 'meeting-row', 'data-meeting-id': row.id })}
      scrollX={640}
    />
  );
}
