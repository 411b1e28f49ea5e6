import { gqlRequest, PageHeader, useSession, useT } from '@xiangzhi/platform';
import { Alert, Button, Card, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import { CREATE_ACCOUNT_MUTATION, type CreatedAccount } from '../api/accounts';
import { AccountFields } from '../components/AccountFields';
import { Link } from '../lib/routing';
import { TemporaryPassword } from '../components/TemporaryPassword';
import { USERNAME_MAX, USERNAME_PATTERN } from '../lib/account-rules';
import { showServerError } from '../lib/form-errors';
import { navigate } from '../lib/routing';

interface NewAccountValues {
  username: string;
  displayName: string;
  divisionCode: string;
}

const FIELDS = ['username', 'displayName', 'divisionCode'] as const;

/** The system administrator creates an account; its temporary password is shown once. */
export function AccountNewPage() {
  const t = useT();
  const rootCode = useSession()?.account.divisionCode ?? '';
  const [form] = Form.useForm<NewAccountValues>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<CreatedAccount | null>(null);

  const submit = async (values: NewAccountValues) => {
    setSaving(true);
    setError(null);
    try {
      const input = {
        username: values.username.trim(),
        displayName: values.displayName.trim(),
        divisionCode: values.divisionCode,
      };
      const data = await gqlRequest(CREATE_ACCOUNT_MUTATION, { input });
      setCreated(data.createAccount);
      form.resetFields();
    } catch (caught) {
      setError(showServerError(form, FIELDS, caught, t('admin.failed')).message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <section data-testid="account-new-page">
      <PageHeader title={t('admin.new.title')}>
        <Link to={{ page: 'accounts' }} testId="account-back">
          {t('admin.back')}
        </Link>
      </PageHeader>
      {created ? (
        <Card data-testid="account-created" data-account-id={created.account.id} style={{ maxWidth: 560 }}>
          <Flex vertical gap={12}>
            <strong style={{ fontSize: 16 }}>{t('admin.new.done', { username: created.account.username })}</strong>
            <TemporaryPassword password={created.temporaryPassword} />
            <Flex gap={8} wrap>
              <Button
                type="primary"
                onClick={() => navigate({ page: 'account', id: created.account.id })}
                data-testid="account-created-open"
              >
                {t('admin.new.openAccount')}
              </Button>
              <Button onClick={() => setCreated(null)} data-testid="account-created-another">
                {t('admin.new.another')}
              </Button>
            </Flex>
          </Flex>
        </Card>
      ) : (
        <Card style={{ maxWidth: 560 }}>
          <Alert type="info" showIcon title={t('admin.new.hint')} style={{ marginBottom: 16 }} />
          <Form<NewAccountValues>
            form={form}
            layout="vertical"
            onFinish={submit}
            requiredMark={false}
            data-testid="account-new-form"
          >
            <Form.Item
              name="username"
              label={t('admin.accounts.username')}
              extra={t('admin.new.usernameHelp')}
              rules={[
                { required: true, whitespace: true, message: t('admin.new.usernameRequired') },
                { pattern: USERNAME_PATTERN, message: t('admin.new.usernamePattern') },
              ]}
            >
              <Input
                autoComplete="off"
                autoCapitalize="off"
                maxLength={USERNAME_MAX}
                data-testid="account-new-username"
              />
            </Form.Item>
            <AccountFields rootCode={rootCode} testIdPrefix="account-new" />
            {error ? (
              <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="account-new-error" />
            ) : null}
            <Button type="primary" htmlType="submit" loading={saving} data-testid="account-new-submit">
              {t('admin.new.submit')}
            </Button>
          </Form>
        </Card>
      )}
    </section>
  );
}
