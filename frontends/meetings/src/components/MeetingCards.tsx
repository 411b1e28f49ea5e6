import { CalendarOutlined, UserOutlined } from '@ant-design/icons';
import { useT, COLORS } from '@xiangzhi/platform';
import { Card, Flex, Spin } from 'antd';
import dayjs from 'dayjs';
import type { MeetingRow } from '../meetings-query';
import { MeetingKindTag } from './MeetingKindTag';

export function MeetingCards({ meetings, loading }: { meetings: MeetingRow[]; loading: boolean }) {
  const t = useT();
  return (
    <Spin spinning={loading}>
      <Flex vertical gap={10} data-testid="meetings-list">
        {meetings.map((row) => (
          <Card key={row.id} size="small" data-testid="meeting-row" data-meeting-id={row.id}>
            <Flex vertical gap={6}>
              <Flex justify="space-between" align="center" gap={8}>
                <MeetingKindTag kind={row.kind} />
                <span data-testid="meeting-date">
                  <CalendarOutlined /> {dayjs(row.date).format('YYYY-MM-DD')}
                </span>
              </Flex>
              <strong data-testid="meeting-title">{row.title}</strong>
              <span style={{ color: COLORS.textSecondary }} data-testid="meeting-chair">
                <UserOutlined /> {t('meetings.chair')}：{row.chair?.name ?? t('meetings.noChair')}
                {row.village ? ` · ${row.village.name}` : ''}
              </span>
            </Flex>
          </Card>
        ))}
      </Flex>
    </Spin>
  );
}
