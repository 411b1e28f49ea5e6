import { gqlRequest, useSession, useT, COLORS } from '@xiangzhi/platform';
import { Alert, Button, Flex, Form } from 'antd';
import { useState } from 'react';
import { UPDATE_ACCOUNT_MUTATION, type AccountDetail } from '../api/accounts';
import { formatTime } from '../lib/dates';
import { showServerError } from '../lib/form-errors';
import { AccountFields } from './AccountFields';

interface ProfileValues {
  displayName: string;
  divisionCode: string;
}

const FIELDS = ['displayName', 'divisionCode'] as const;

function Line({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Flex gap={8} wrap>
      <span style={{ color: COLORS.textSecondary, minWidth: 72 }}>{label}</span>
      <span data-testid={testId}>{value}</span>
    </Flex>
  );
}

export interface AccountProfileProps {
  account: AccountDetail;
  editable: boolean;
  onSaved(account: AccountDetail): void;
  /** The server said someone else changed the account (CONFLICT). */
  onConflict(message: string): void;
}

/** Name, jurisdiction, dates; the system administrator edits name and jurisdiction. */
export function AccountProfile({ account, editable, onSaved, onConflict }: AccountProfileProps) {
  const t = useT();
  const rootCode = useSession()?.account.divisionCode ?? '';
  const [form] = Form.useForm<ProfileValues>();
  const [editing, setEditing] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (values: ProfileValues) => {
    setSaving(true);
    setError(null);
    try {
      const input = { displayName: values.displayName.trim(), divisionCode: values.divisionCode };
      const data = await gqlRequest(UPDATE_ACCOUNT_MUTATION, {
        id: account.id,
        version: account.version,
        input,
      });
      setEditing(false);
      onSaved(data.updateAccount);
    } catch (caught) {
      const failure = showServerError(form, FIELDS, caught, t('admin.failed'));
      if (failure.code === 'CONFLICT') onConflict(failure.message ?? t('admin.account.conflict'));
      else setError(failure.message);
    } finally {
      setSaving(false);
    }
  };

  if (editing) {
    return (
      <Form<ProfileValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        requiredMark={false}
        initialValues={{ displayName: account.displayName, divisionCode: account.divisionCode }}
        data-testid="account-edit-form"
      >
        <AccountFields rootCode={rootCode} testIdPrefix="account-edit" />
        {error ? (
          <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="account-edit-error" />
        ) : null}
        <Flex gap={8}>
          <Button type="primary" htmlType="submit" loading={saving} data-testid="account-edit-save">
            {t('admin.save')}
          </Button>
          <Button onClick={() => setEditing(false)} data-testid="account-edit-cancel">
            {t('admin.cancel')}
          </Button>
        </Flex>
      </Form>
    );
  }

  return (
    <Flex vertical gap={6} data-testid="account-profile">
      <Line label={t('admin.accounts.username')} value={account.username} testId="account-detail-username" />
      <Line label={t('admin.accounts.displayName')} value={account.displayName} testId="account-detail-name" />
      <Line
        label={t('admin.accounts.region')}
        value={account.region?.name ?? account.divisionCode}
        testId="account-detail-region"
      />
      <Line
        label={t('admin.accounts.lastLogin')}
        value={formatTime(account.lastLoginAt) || t('admin.never')}
        testId="account-detail-login"
      />
      <Line label={t('admin.account.created')} value={formatTime(account.createdAt)} testId="account-detail-created" />
      {account.mustChangePassword ? (
        <span data-testid="account-must-change">{t('admin.account.mustChange')}</span>
      ) : null}
      {editable ? (
        <div>
          <Button onClick={() => setEditing(true)} style={{ marginTop: 6 }} data-testid="account-edit">
            {t('admin.account.edit')}
          </Button>
        </div>
      ) : null}
    </Flex>
  );
}
