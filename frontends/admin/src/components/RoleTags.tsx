import { useT, type Role, COLORS } from '@xiangzhi/platform';
import { Tag } from 'antd';

/** The account's roles by name; "no role yet" for a new account. */
export function RoleTags({ roles }: { roles: readonly Role[] }) {
  const t = useT();
  if (roles.length === 0)
    return (
      <span style={{ color: COLORS.textTertiary }} data-testid="account-roles">
        {t('admin.accounts.noRoles')}
      </span>
    );
  return (
    <span data-testid="account-roles">
      {roles.map((role) => (
        <Tag key={role} data-role={role} style={{ marginBottom: 2 }}>
          {t(`admin.role.${role}`)}
        </Tag>
      ))}
    </span>
  );
}
