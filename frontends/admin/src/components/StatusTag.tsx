import { useT } from '@xiangzhi/platform';
import { Tag } from 'antd';
import type { AccountStatus } from '../api/accounts';

const COLORS: Record<AccountStatus, string> = { ACTIVE: 'green', LOCKED: 'orange', DISABLED: 'default' };

export function StatusTag({ status }: { status: AccountStatus }) {
  const t = useT();
  return (
    <Tag color={COLORS[status]} data-testid="account-status" data-status={status}>
      {t(`admin.status.${status}`)}
    </Tag>
  );
}
