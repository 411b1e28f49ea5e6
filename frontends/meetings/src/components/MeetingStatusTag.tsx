import { useT } from '@xiangzhi/platform';
import { Tag } from 'antd';
import { STATUS_COLORS } from '../messages';

export function MeetingStatusTag({ status }: { status: string }) {
  const t = useT();
  return (
    <Tag color={STATUS_COLORS[status] ?? 'default'} data-testid="meeting-status" data-status={status}>
      {t(`meetings.status.${status}`)}
    </Tag>
  );
}
