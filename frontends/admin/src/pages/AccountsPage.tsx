import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import {
  PagedQueryState,
  PageHeader,
  ROLES,
  useIsPhone,
  usePagedQuery,
  useSession,
  useT,
  type Role,
} from '@xiangzhi/platform';
import { Button, Flex, Input } from 'antd';
import { useState } from 'react';
import { ACCOUNT_STATUSES, ACCOUNTS_QUERY, type AccountStatus } from '../api/accounts';
import { AccountCards, AccountTable } from '../components/AccountList';
import { TestIdSelect } from '../components/TestIdSelect';
import { canManageAccounts } from '../lib/access';
import { navigate } from '../lib/routing';

const PAGE_SIZE = 20;
const SEARCH_MAX = 50;

/** Every account of the administrator's jurisdiction: search by name, filter by role and status. */
export function AccountsPage() {
  const t = useT();
  const isPhone = useIsPhone();
  const permissions = useSession()?.account.permissions ?? [];
  const [draft, setDraft] = useState('');
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<Role | null>(null);
  const [status, setStatus] = useState<AccountStatus | null>(null);
  const query = usePagedQuery(
    ACCOUNTS_QUERY,
    { search: search || null, role, status },
    { pageSize: PAGE_SIZE, connection: (data) => data.accounts },
  );

  return (
    <section data-testid="accounts-page">
      <PageHeader title={t('admin.accounts.title')}>
        {canManageAccounts(permissions) ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => navigate({ page: 'account-new' })}
            data-testid="accounts-create"
          >
            {t('admin.accounts.create')}
          </Button>
        ) : null}
      </PageHeader>
      <Flex gap={8} wrap style={{ marginBottom: 12 }} data-testid="accounts-filters">
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder={t('admin.accounts.search')}
          aria-label={t('admin.accounts.search')}
          maxLength={SEARCH_MAX}
          value={draft}
          onChange={(event) => {
            setDraft(event.target.value);
            if (event.target.value === '') setSearch('');
          }}
          onPressEnter={() => setSearch(draft.trim())}
          onBlur={() => setSearch(draft.trim())}
          style={{ width: isPhone ? '100%' : 220 }}
          data-testid="accounts-search"
        />
        <TestIdSelect<Role | null>
          testId="accounts-filter-role"
          value={role}
          onChange={setRole}
          options={[
            { value: null, label: t('admin.accounts.anyRole') },
            ...ROLES.map((value) => ({ value, label: t(`admin.role.${value}`) })),
          ]}
          aria-label={t('admin.accounts.role')}
          style={isPhone ? { flex: '1 1 140px' } : { width: 170 }}
        />
        <TestIdSelect<AccountStatus | null>
          testId="accounts-filter-status"
          value={status}
          onChange={setStatus}
          options={[
            { value: null, label: t('admin.accounts.anyStatus') },
            ...ACCOUNT_STATUSES.map((value) => ({ value, label: t(`admin.status.${value}`) })),
          ]}
          aria-label={t('admin.accounts.status')}
          style={isPhone ? { flex: '1 1 120px' } : { width: 130 }}
        />
      </Flex>
      <PagedQueryState testId="accounts" query={query} emptyText={t('admin.accounts.empty')}>
        {isPhone ? (
          <AccountCards accounts={query.nodes} loading={query.loading} />
        ) : (
          <AccountTable accounts={query.nodes} loading={query.loading} />
        )}
      </PagedQueryState>
    </section>
  );
}
