import { cellTestId, DataTable, useT, COLORS } from '@xiangzhi/platform';
import { Card, Flex, Spin, type TableColumnsType } from 'antd';
import type { AccountRow } from '../api/accounts';
import { formatTime } from '../lib/dates';
import { Link } from '../lib/routing';
import { RoleTags } from './RoleTags';
import { StatusTag } from './StatusTag';

const rowAttributes = (row: AccountRow) => ({
  'data-testid': 'account-row',
  'data-account-id': row.id,
  'data-username': row.username,
});

/** Accounts as a table on a desktop. */
export function AccountTable({ accounts, loading }: { accounts: AccountRow[]; loading: boolean }) {
  const t = useT();
  const columns: TableColumnsType<AccountRow> = [
    {
      key: 'username',
      title: t('admin.accounts.username'),
      width: 150,
      render: (_, row) => (
        <Link to={{ page: 'account', id: row.id }} testId="account-open">
          {row.username}
        </Link>
      ),
      onCell: () => cellTestId('account-username'),
    },
    {
      key: 'name',
      title: t('admin.accounts.displayName'),
      dataIndex: 'displayName',
      width: 130,
      onCell: () => cellTestId('account-name'),
    },
    { key: 'roles', title: t('admin.accounts.roles'), render: (_, row) => <RoleTags roles={row.roles} /> },
    {
      key: 'region',
      title: t('admin.accounts.region'),
      width: 130,
      render: (_, row) => row.region?.name ?? row.divisionCode,
    },
    {
      key: 'status',
      title: t('admin.accounts.status'),
      width: 90,
      render: (_, row) => <StatusTag status={row.status} />,
    },
    {
      key: 'login',
      title: t('admin.accounts.lastLogin'),
      width: 150,
      render: (_, row) => formatTime(row.lastLoginAt) || t('admin.never'),
    },
  ];
  return (
    <DataTable<AccountRow>
      testId="accounts-table"
      rowKey="id"
      columns={columns}
      rows={accounts}
      loading={loading}
      rowAttributes={rowAttributes}
      scrollX={820}
    />
  );
}

/** Accounts as cards on a phone: tap the username to manage it. */
export function AccountCards({ accounts, loading }: { accounts: AccountRow[]; loading: boolean }) {
  const t = useT();
  return (
    <Spin spinning={loading}>
      <Flex vertical gap={10} data-testid="accounts-cards">
        {accounts.map((row) => (
          <Card key={row.id} size="small" {...rowAttributes(row)}>
            <Flex vertical gap={6}>
              <Flex justify="space-between" align="center" gap={8}>
                <span data-testid="account-username" style={{ fontWeight: 600 }}>
                  <Link to={{ page: 'account', id: row.id }} testId="account-open">
                    {row.username}
                  </Link>
                </span>
                <StatusTag status={row.status} />
              </Flex>
              <span data-testid="account-name">
                {row.displayName} · {row.region?.name ?? row.divisionCode}
              </span>
              <RoleTags roles={row.roles} />
              <span style={{ color: COLORS.textSecondary, fontSize: 13 }}>
                {t('admin.accounts.lastLogin')}：{formatTime(row.lastLoginAt) || t('admin.never')}
              </span>
            </Flex>
          </Card>
        ))}
      </Flex>
    </Spin>
  );
}
