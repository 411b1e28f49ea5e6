import { useState, type FormEvent, type ReactNode } from 'react';
import { isGraphQLRequestError } from '../graphql/graphql-error';
import { login, setLocale, signOutReason } from '../instance';
import { useLocale, useT } from '../react/useT';
import { Icon } from './icons';

type Field = 'username' | 'password';
type FieldErrors = Partial<Record<Field, string>>;

/** Alert box like antd's: the icon, then the message. */
function Notice({
  type,
  children,
  ...rest
}: {
  type: 'warning' | 'error';
  children: ReactNode;
  [key: string]: unknown;
}) {
  return (
    <div className="xz-login-alert" data-type={type} role="alert" {...rest}>
      <Icon name="alert" />
      <span>{children}</span>
    </div>
  );
}

/**
 * Username + password; on success the session changes and the shell moves to the home module.
 * Plain React and a small stylesheet, no antd: the first thing a phone downloads (login.css).
 */
export function LoginPage() {
  const t = useT();
  const locale = useLocale();
  const [values, setValues] = useState<Record<Field, string>>({ username: '', password: '' });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [submitting, setSubmitting] = useState(false);
  const [revealed, setRevealed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Why the page signed out (idle, expired): read once, when the login page appears.
  const [notice] = useState(signOutReason);

  const required = (field: Field, value: string): string | undefined =>
    value.trim() === '' ? t(field === 'username' ? 'login.usernameRequired' : 'login.passwordRequired') : undefined;

  const change = (field: Field, value: string) => {
    setValues((old) => ({ ...old, [field]: value }));
    // like antd's form: once a field shows an error, it follows what is typed
    setFieldErrors((old) => (field in old ? { ...old, [field]: required(field, value) } : old));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    const missing: FieldErrors = {};
    for (const field of ['username', 'password'] as const) {
      const problem = required(field, values[field]);
      if (problem) missing[field] = problem;
    }
    setFieldErrors(missing);
    if (Object.keys(missing).length > 0) return;
    setSubmitting(true);
    setError(null);
    try {
      await login(values.username.trim(), values.password);
    } catch (caught) {
      const field = isGraphQLRequestError(caught) ? caught.field : null;
      if (isGraphQLRequestError(caught) && (field === 'username' || field === 'password')) {
        // A message about one input goes under it; anything else in the alert above the button.
        setFieldErrors({ [field]: caught.message });
      } else {
        setError(isGraphQLRequestError(caught) ? caught.message : '登录失败，请稍后重试');
      }
      setSubmitting(false);
    }
  };

  const input = (field: Field, icon: 'user' | 'lock', extra: ReactNode = null) => (
    <div className="xz-login-item" data-invalid={fieldErrors[field] ? 'true' : undefined}>
      <label className="xz-login-label" htmlFor={`login-${field}`}>
        {t(`login.${field}`)}
      </label>
      <div className="xz-login-input" data-invalid={fieldErrors[field] ? 'true' : undefined}>
        <Icon name={icon} />
        <input
          id={`login-${field}`}
          name={field}
          type={field === 'password' && !revealed ? 'password' : 'text'}
          value={values[field]}
          onChange={(event) => change(field, event.target.value)}
          autoComplete={field === 'username' ? 'username' : 'current-password'}
          autoCapitalize="off"
          spellCheck={false}
          aria-invalid={fieldErrors[field] ? true : undefined}
          aria-describedby={fieldErrors[field] ? `login-${field}-error` : undefined}
          data-testid={`login-${field}`}
        />
        {extra}
      </div>
      {fieldErrors[field] ? (
        <div className="xz-login-field-error" id={`login-${field}-error`} role="alert">
          {fieldErrors[field]}
        </div>
      ) : null}
    </div>
  );

  return (
    <div className="xz-login">
      <div className="xz-login-card" data-testid="login-page">
        <div className="xz-login-head">
          <div>
            <h1 className="xz-login-title">{t('app.name')}</h1>
            <div className="xz-login-tagline">{t('app.tagline')}</div>
          </div>
          <button
            type="button"
            className="xz-login-language"
            aria-label={t('header.languageLabel')}
            onClick={() => setLocale(locale === 'zh-CN' ? 'en-US' : 'zh-CN')}
            data-testid="login-language"
          >
            <Icon name="globe" />
            {t('header.language')}
          </button>
        </div>
        {notice === 'idle' || notice === 'expired' ? (
          <Notice type="warning" data-testid="login-notice" data-reason={notice}>
            {t(`login.${notice}`)}
          </Notice>
        ) : null}
        <form noValidate onSubmit={(event) => void submit(event)} data-testid="login-form">
          {input('username', 'user')}
          {input(
            'password',
            'lock',
            <button
              type="button"
              className="xz-login-reveal"
              aria-label={t(revealed ? 'login.hidePassword' : 'login.showPassword')}
              aria-pressed={revealed}
              onClick={() => setRevealed((shown) => !shown)}
            >
              <Icon name={revealed ? 'eye' : 'eyeOff'} />
            </button>,
          )}
          {error ? (
            <Notice type="error" data-testid="login-error">
              {error}
            </Notice>
          ) : null}
          <button type="submit" className="xz-login-submit" aria-busy={submitting} data-testid="login-submit">
            {t('login.submit')}
          </button>
        </form>
      </div>
    </div>
  );
}
