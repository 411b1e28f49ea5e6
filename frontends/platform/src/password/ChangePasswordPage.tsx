import { COLORS } from '../theme';
import { LockOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import { navigateToUrl } from 'single-spa';
import { isGraphQLRequestError } from '../graphql/graphql-error';
import { changePassword, logout } from '../instance';
import { useSession } from '../react/useSession';
import { useT } from '../react/useT';
import { passwordProblems } from './password-rules';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

const FIELDS: readonly (keyof PasswordValues)[] = ['currentPassword', 'newPassword', 'confirmPassword'];
const isField = (name: string | null): name is keyof PasswordValues => FIELDS.some((field) => field === name);

/**
 * Sets a new password. A new account or a reset password lands here before anything else (the
 * shell sends every path here while `mustChangePassword`); others come from the header.
 */
export function ChangePasswordPage() {
  const t = useT();
  const session = useSession();
  const [form] = Form.useForm<PasswordValues>();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const account = session?.account;
  const forced = account?.mustChangePassword ?? false;
  const username = account?.username ?? '';

  const submit = async (values: PasswordValues) => {
    setSubmitting(true);
    setError(null);
    try {
      await changePassword(values.currentPassword, values.newPassword);
      form.resetFields();
      navigateToUrl('/');
    } catch (caught) {
      const field = isGraphQLRequestError(caught) ? caught.field : null;
      // A message about one input goes under it (WEAK_PASSWORD → newPassword); others above the button.
      if (isGraphQLRequestError(caught) && isField(field)) form.setFields([{ name: field, errors: [caught.message] }]);
      else setError(isGraphQLRequestError(caught) ? caught.message : t('password.failed'));
    } finally {
      setSubmitting(false);
    }
  };

  const newPasswordRule = {
    validator: async (_: unknown, value: string | undefined) => {
      if (!value) return;
      const problems = passwordProblems(value, username);
      if (problems.length > 0) throw new Error(problems.map((problem) => t(`password.error.${problem}`)).join('；'));
    },
  };

  return (
    <Flex align="center" justify="center" style={{ minHeight: '100dvh', padding: 16, background: COLORS.bgLayout }}>
      <Card
        style={{ width: '100%', maxWidth: 420 }}
        data-testid="password-page"
        data-forced={forced ? 'true' : 'false'}
      >
        <h1 style={{ margin: '0 0 4px', fontSize: 22 }}>{t('password.title')}</h1>
        <div style={{ color: COLORS.textSecondary, marginBottom: 16 }}>
          {account ? `${account.displayName}（${username}）` : null}
        </div>
        {forced ? (
          <Alert
            type="warning"
            showIcon
            title={t('password.forced')}
            style={{ marginBottom: 16 }}
            data-testid="password-forced"
          />
        ) : null}
        <Alert
          type="info"
          title={t('password.rules')}
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              <li>{t('password.rule.length')}</li>
              <li>{t('password.rule.kinds')}</li>
              <li>{t('password.rule.username')}</li>
            </ul>
          }
          style={{ marginBottom: 16 }}
          data-testid="password-rules"
        />
        <Form<PasswordValues>
          form={form}
          layout="vertical"
          onFinish={submit}
          requiredMark={false}
          data-testid="password-form"
        >
          <Form.Item
            name="currentPassword"
            label={t(forced ? 'password.temporary' : 'password.current')}
            rules={[{ required: true, message: t('password.currentRequired') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="password-current" />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label={t('password.new')}
            rules={[{ required: true, message: t('password.newRequired') }, newPasswordRule]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="new-password" data-testid="password-new" />
          </Form.Item>
          <Form.Item
            name="confirmPassword"
            label={t('password.confirm')}
            dependencies={['newPassword']}
            rules={[
              { required: true, message: t('password.confirmRequired') },
              ({ getFieldValue }) => ({
                validator: async (_: unknown, value: string | undefined) => {
                  if (value && value !== getFieldValue('newPassword')) throw new Error(t('password.mismatch'));
                },
              }),
            ]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="new-password" data-testid="password-confirm" />
          </Form.Item>
          {error ? (
            <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="password-error" />
          ) : null}
          <Button
            type="primary"
            htmlType="submit"
            block
            size="large"
            loading={submitting}
            data-testid="password-submit"
          >
            {t('password.submit')}
          </Button>
          <Flex justify="space-between" style={{ marginTop: 12 }}>
            {forced ? (
              <span />
            ) : (
              <Button
                type="link"
                onClick={() => navigateToUrl('/')}
                data-testid="password-cancel"
                style={{ padding: 0 }}
              >
                {t('password.cancel')}
              </Button>
            )}
            <Button type="link" onClick={() => void logout()} data-testid="password-logout" style={{ padding: 0 }}>
              {t('header.logout')}
            </Button>
          </Flex>
        </Form>
      </Card>
    </Flex>
  );
}
