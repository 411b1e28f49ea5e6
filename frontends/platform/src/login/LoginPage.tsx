import { COLORS } from '../theme';
import { GlobalOutlined, LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import { isGraphQLRequestError } from '../graphql/graphql-error';
import { login, setLocale, signOutReason } from '../instance';
import { useLocale, useT } from '../react/useT';

interface LoginValues {
  username: string;
  password: string;
}

/** Username + password; on success the session changes and the shell moves to the home module. */
export function LoginPage() {
  const t = useT();
  const locale = useLocale();
  const [form] = Form.useForm<LoginValues>();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Why the page signed out (idle, expired): read once, when the login page appears.
  const [notice] = useState(signOutReason);

  const submit = async (values: LoginValues) => {
    setSubmitting(true);
    setError(null);
    try {
      await login(values.username.trim(), values.password);
    } catch (caught) {
      const field = isGraphQLRequestError(caught) ? caught.field : null;
      if (isGraphQLRequestError(caught) && (field === 'username' || field === 'password')) {
        // A message about one input goes under it; anything else in the alert above the button.
        form.setFields([{ name: field, errors: [caught.message] }]);
      } else {
        setError(isGraphQLRequestError(caught) ? caught.message : '登录失败，请稍后重试');
      }
      setSubmitting(false);
    }
  };

  return (
    <Flex align="center" justify="center" style={{ minHeight: '100dvh', padding: 16, background: COLORS.bgLayout }}>
      <Card style={{ width: '100%', maxWidth: 380 }} data-testid="login-page">
        <Flex justify="space-between" align="baseline" style={{ marginBottom: 24 }}>
          <div>
            <h1 style={{ margin: 0, fontSize: 28, color: COLORS.primary }}>{t('app.name')}</h1>
            <div style={{ color: COLORS.textSecondary }}>{t('app.tagline')}</div>
          </div>
          <Button
            type="text"
            icon={<GlobalOutlined />}
            aria-label={t('header.languageLabel')}
            onClick={() => setLocale(locale === 'zh-CN' ? 'en-US' : 'zh-CN')}
            data-testid="login-language"
          >
            {t('header.language')}
          </Button>
        </Flex>
        {notice === 'idle' || notice === 'expired' ? (
          <Alert
            type="warning"
            showIcon
            title={t(`login.${notice}`)}
            style={{ marginBottom: 16 }}
            data-testid="login-notice"
            data-reason={notice}
          />
        ) : null}
        <Form<LoginValues>
          form={form}
          layout="vertical"
          onFinish={submit}
          requiredMark={false}
          data-testid="login-form"
        >
          <Form.Item
            name="username"
            label={t('login.username')}
            rules={[{ required: true, message: t('login.usernameRequired') }]}
          >
            <Input
              prefix={<UserOutlined />}
              autoComplete="username"
              autoCapitalize="off"
              data-testid="login-username"
            />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="login-password" />
          </Form.Item>
          {error ? (
            <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="login-error" />
          ) : null}
          <Button type="primary" htmlType="submit" block size="large" loading={submitting} data-testid="login-submit">
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
