import { gqlRequest, PageHeader, QueryState, setIdleMinutes, useGqlQuery, useT, COLORS } from '@xiangzhi/platform';
import { Alert, Button, Card, Flex, Form, Input } from 'antd';
import { useEffect, useState } from 'react';
import {
  SECURITY_SETTING_KEYS,
  SECURITY_SETTINGS_QUERY,
  UPDATE_SECURITY_SETTINGS_MUTATION,
  type SecuritySettingKey,
  type SecuritySettings,
} from '../api/security';
import { formatTime } from '../lib/dates';
import { showServerError } from '../lib/form-errors';

type SettingsValues = Record<SecuritySettingKey, string>;

const WHOLE_NUMBER = /^\d{1,5}$/;

const toValues = (settings: SecuritySettings): SettingsValues =>
  Object.fromEntries(SECURITY_SETTING_KEYS.map((key) => [key, String(settings[key])])) as SettingsValues;

/** Lockout, idle timeout and login throttling; the server checks each range and names the field. */
export function SecuritySettingsPage() {
  const t = useT();
  const query = useGqlQuery(SECURITY_SETTINGS_QUERY);
  const [form] = Form.useForm<SettingsValues>();
  const [settings, setSettings] = useState<SecuritySettings | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    const loaded = query.data?.securitySettings ?? null;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a new query result replaces the edited copy
    setSettings(loaded);
    if (loaded) setIdleMinutes(loaded.idleMinutes);
  }, [query.data]);

  const submit = async (values: SettingsValues) => {
    setSaving(true);
    setError(null);
    setSaved(false);
    try {
      const input = Object.fromEntries(SECURITY_SETTING_KEYS.map((key) => [key, Number(values[key])]));
      const data = await gqlRequest(UPDATE_SECURITY_SETTINGS_MUTATION, {
        input,
      });
      setSettings(data.updateSecuritySettings);
      setIdleMinutes(data.updateSecuritySettings.idleMinutes);
      setSaved(true);
    } catch (caught) {
      setError(showServerError(form, SECURITY_SETTING_KEYS, caught, t('admin.failed')).message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <section data-testid="security-page">
      <PageHeader title={t('admin.security.title')} />
      <QueryState
        testId="security"
        loading={query.loading}
        error={query.error}
        hasData={query.data !== null}
        isEmpty={false}
        onRetry={query.reload}
      >
        {settings ? (
          <Card style={{ maxWidth: 560 }}>
            <Form<SettingsValues>
              form={form}
              layout="vertical"
              onFinish={submit}
              requiredMark={false}
              initialValues={toValues(settings)}
              onValuesChange={() => setSaved(false)}
              data-testid="security-form"
            >
              {SECURITY_SETTING_KEYS.map((key) => (
                <Form.Item
                  key={key}
                  name={key}
                  label={t(`admin.security.${key}`)}
                  rules={[
                    { required: true, message: t('admin.security.required') },
                    { pattern: WHOLE_NUMBER, message: t('admin.security.integer') },
                  ]}
                >
                  <Input inputMode="numeric" maxLength={5} style={{ maxWidth: 160 }} data-testid={`security-${key}`} />
                </Form.Item>
              ))}
              {error ? (
                <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="security-error" />
              ) : null}
              <Flex gap={12} align="center" wrap>
                <Button type="primary" htmlType="submit" loading={saving} data-testid="security-save">
                  {t('admin.save')}
                </Button>
                {saved ? <span data-testid="security-saved">{t('admin.saved')}</span> : null}
                {settings.updatedAt ? (
                  <span style={{ color: COLORS.textTertiary }} data-testid="security-updated-at">
                    {t('admin.security.updatedAt', { time: formatTime(settings.updatedAt) })}
                  </span>
                ) : null}
              </Flex>
            </Form>
          </Card>
        ) : null}
      </QueryState>
    </section>
  );
}
