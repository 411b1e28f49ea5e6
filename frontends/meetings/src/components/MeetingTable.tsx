import { useT } from '@xiangzhi/platform';
import { Table, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import type { HTMLAttributes } from 'react';
import type { MeetingRow } from '../meetings-query';
import { MeetingKindTag } from './MeetingKindTag';

const testId = (id: string) => ({ 'data-testid': id }) as HTMLAttributes<HTMLElement>;

export function MeetingTable({ meetings, loading, showVillage }: { meetings: MeetingRow[]; loading: boolean; showVillage: boolean }) {
  const t = useT();
  const columns: TableColumnsType<MeetingRow> = [
    { key: 'date', title: t('meetings.date'), width: 120, render: (_, row) => dayjs(row.date).format('YYYY-MM-DD'), onCell: () => testId('meeting-date') },
    { key: 'kind', title: t('meetings.kind'), width: 150, render: (_, row) => <MeetingKindTag kind={row.kind} /> },
    { key: 'title', title: t('meetings.subject'), dataIndex: 'title', onCell: () => testId('meeting-title') },
    ...(showVillage
      ? [{ key: 'village', title: t('meetings.village'), width: 120, render: (_: unknown, row: MeetingRow) => row.village?.name ?? '—' }]
      : []),
    { key: 'chair', title: t('meetings.chair'), width: 120, render: (_, row) => row.chair?.name ?? t('meetings.noChair'), onCell: () => testId('meeting-chair') },
  ];
  return (
    <div data-testid="meetings-list">
      <Table<MeetingRow>
        rowKey="id"
        columns={columns}
        dataSource={meetings}
        loading={loading}
        pagination={false}
        size="middle"
        onRow={(row) => ({ 'data-testid': 'meeting-row', 'data-meeting-id': row.id }) as HTMLAttributes<HTMLElement>}
        scroll={{ x: 640 }}
      />
    </div>
  );
}
