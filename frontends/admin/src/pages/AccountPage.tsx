import { ReloadOutlined } from '@ant-design/icons';
import { PageHeader, QueryState, useGqlQuery, useSession, useT } from '@xiangzhi/platform';
import { Alert, Button, Card, Flex } from 'antd';
import { useEffect, useState } from 'react';
import { ACCOUNT_QUERY, type AccountDetail } from '../api/accounts';
import { AccountProfile } from '../components/AccountProfile';
import { AccountRoles } from '../components/AccountRoles';
import { AccountStatusActions } from '../components/AccountStatusActions';
import { Link } from '../lib/routing';
import { canAssignRoles, canManageAccounts, canUnlock } from '../lib/access';

/** One account: profile (system administrator), roles and unlocking (security administrator), status. */
export function AccountPage({ id }: { id: string }) {
  const t = useT();
  const permissions = useSession()?.account.permissions ?? [];
  const query = useGqlQuery(ACCOUNT_QUERY, { id });
  const [account, setAccount] = useState<AccountDetail | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a new query result replaces the edited copy
    setAccount(query.data?.account ?? null);
    setConflict(null);
  }, [query.data]);

  const found = query.data !== null && query.data.account !== null;
  return (
    <section data-testid="account-page" data-account-id={id}>
      <PageHeader title={account ? `${account.displayName}（${account.username}）` : t('admin.account.loading')}>
        <Link to={{ page: 'accounts' }} testId="account-back">
          {t('admin.back')}
        </Link>
      </PageHeader>
      <QueryState
        testId="account"
        loading={query.loading}
        error={query.error}
        hasData={query.data !== null}
        isEmpty={!found}
        emptyText={t('admin.account.missing')}
        onRetry={query.reload}
      >
        {account ? (
          <Flex vertical gap={12}>
            {conflict ? (
              <Alert
                type="warning"
                showIcon
                title={conflict}
                action={
                  <Button size="small" icon={<ReloadOutlined />} onClick={query.reload} data-testid="account-reload">
                    {t('admin.reload')}
                  </Button>
                }
                data-testid="account-conflict"
              />
            ) : null}
            <Card size="small" title={t('admin.account.profile')} data-testid="account-profile-card">
              <AccountProfile
                account={account}
                editable={canManageAccounts(permissions)}
                onSaved={setAccount}
                onConflict={setConflict}
              />
            </Card>
            <Card size="small" title={t('admin.account.rolesTitle')} data-testid="account-roles-card">
              <AccountRoles
                account={account}
                editable={canAssignRoles(permissions)}
                onSaved={setAccount}
                onConflict={setConflict}
              />
            </Card>
            <Card size="small" title={t('admin.account.statusTitle')} data-testid="account-status-card">
              <AccountStatusActions
                account={account}
                canManage={canManageAccounts(permissions)}
                canUnlock={canUnlock(permissions)}
                onChanged={setAccount}
              />
            </Card>
          </Flex>
        ) : null}
      </QueryState>
    </section>
  );
}
