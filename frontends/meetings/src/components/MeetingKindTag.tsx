import { useT } from '@xiangzhi/platform';
import { Tag } from 'antd';
import { KIND_COLORS, type MeetingKind } from '../messages';

export function MeetingKindTag({ kind }: { kind: MeetingKind }) {
  const t = useT();
  return (
    <Tag color={KIND_COLORS[kind] ?? 'default'} data-testid="meeting-kind" data-kind={kind}>
      {t(`meetings.kind.${kind}`)}
    </Tag>
  );
}
