import { gqlRequest, ROLES, useT, type Role } from '@xiangzhi/platform';
import { Alert, Button, Checkbox, Flex, Form } from 'antd';
import { useEffect, useState } from 'react';
import { ASSIGN_ROLES_MUTATION, type AccountDetail } from '../api/accounts';
import { showServerError } from '../lib/form-errors';
import { RoleTags } from './RoleTags';

interface RolesValues {
  roles: Role[];
}

export interface AccountRolesProps {
  account: AccountDetail;
  editable: boolean;
  onSaved(account: AccountDetail): void;
  onConflict(message: string): void;
}

/** The roles of an account; the security administrator assigns them. */
export function AccountRoles({ account, editable, onSaved, onConflict }: AccountRolesProps) {
  const t = useT();
  const [form] = Form.useForm<RolesValues>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const current = account.roles.join(',');

  // the account was reloaded (or saved elsewhere): show its roles as the server has them
  useEffect(() => {
    if (editable) form.setFieldsValue({ roles: current ? (current.split(',') as Role[]) : [] });
  }, [form, current, editable]);

  if (!editable) return <RoleTags roles={account.roles} />;

  const submit = async (values: RolesValues) => {
    setSaving(true);
    setError(null);
    setSaved(false);
    try {
      const data = await gqlRequest(ASSIGN_ROLES_MUTATION, {
        id: account.id,
        version: account.version,
        roles: values.roles,
      });
      setSaved(true);
      onSaved(data.assignRoles);
    } catch (caught) {
      const failure = showServerError(form, ['roles'], caught, t('admin.failed'));
      if (failure.code === 'CONFLICT') onConflict(failure.message ?? t('admin.account.conflict'));
      else setError(failure.message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<RolesValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={{ roles: account.roles }}
      data-testid="account-roles-form"
    >
      <Alert type="info" title={t('admin.account.rolesHint')} style={{ marginBottom: 12 }} />
      <Form.Item name="roles">
        <Checkbox.Group
          style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))', gap: 8 }}
          options={ROLES.map((role) => ({
            value: role,
            label: <span data-testid={`role-option-${role}`}>{t(`admin.role.${role}`)}</span>,
          }))}
          onChange={() => setSaved(false)}
          data-testid="account-roles-edit"
        />
      </Form.Item>
      {error ? (
        <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="account-roles-error" />
      ) : null}
      <Flex gap={12} align="center" wrap>
        <Button type="primary" htmlType="submit" loading={saving} data-testid="account-roles-save">
          {t('admin.account.rolesSave')}
        </Button>
        {saved ? <span data-testid="account-roles-saved">{t('admin.account.rolesSaved')}</span> : null}
      </Flex>
    </Form>
  );
}
