import { isGraphQLRequestError } from '../graphql/graphql-error';
import { getLocale, login, setLocale, signOutReason, subscribeLocale, t } from '../instance';
import { icon, type IconName } from './icons';

// The login page is a phone's first download: plain DOM and login.css, no React DOM, no antd.

type Field = 'username' | 'password';
const FIELDS: readonly Field[] = ['username', 'password'];

/** An element with attributes (`text` sets its text) and children. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

/** Alert box like antd's: the icon, then the message. */
function alertBox(type: 'warning' | 'error', testId: string): { box: HTMLElement; text: HTMLElement } {
  const text = el('span');
  return {
    box: el(
      'div',
      { class: 'xz-login-alert', 'data-type': type, role: 'alert', 'data-testid': testId },
      icon('alert'),
      text,
    ),
    text,
  };
}

/**
 * Draws the login page into `root`: username + password; on success the session changes and the
 * shell moves to the home module. Returns the clean-up (the shell unmounts the page after login).
 */
export function renderLoginPage(root: HTMLElement): () => void {
  // Why the page signed out (idle, expired): read once, when the login page appears.
  const notice = signOutReason();
  // A field's error: a message key (required) that follows the language, or the server's text.
  const fieldErrors = new Map<Field, { key: string } | { text: string }>();
  let serverError: string | null = null;
  let submitting = false;
  let revealed = false;

  const title = el('h1', { class: 'xz-login-title' });
  const tagline = el('div', { class: 'xz-login-tagline' });
  const languageText = document.createTextNode('');
  const language = el(
    'button',
    { type: 'button', class: 'xz-login-language', 'data-testid': 'login-language' },
    icon('globe'),
    languageText,
  );
  language.addEventListener('click', () => setLocale(getLocale() === 'zh-CN' ? 'en-US' : 'zh-CN'));
  const noticeBox = notice === 'idle' || notice === 'expired' ? alertBox('warning', 'login-notice') : null;
  noticeBox?.box.setAttribute('data-reason', notice ?? '');

  const reveal = el('button', { type: 'button', class: 'xz-login-reveal' });
  reveal.addEventListener('click', () => {
    revealed = !revealed;
    update();
  });

  const items = new Map(
    FIELDS.map((field) => {
      const id = `login-${field}`;
      const input = el('input', {
        id,
        name: field,
        type: field === 'password' ? 'password' : 'text',
        autocomplete: field === 'username' ? 'username' : 'current-password',
        autocapitalize: 'off',
        spellcheck: 'false',
        'data-testid': id,
      });
      const label = el('label', { class: 'xz-login-label', for: id });
      const frame = el('div', { class: 'xz-login-input' }, icon(field === 'username' ? 'user' : 'lock'), input);
      if (field === 'password') frame.append(reveal);
      const error = el('div', { class: 'xz-login-field-error', id: `${id}-error`, role: 'alert' });
      const item = el('div', { class: 'xz-login-item' }, label, frame, error);
      // like antd's form: once a field shows an error, it follows what is typed
      input.addEventListener('input', () => {
        if (!fieldErrors.has(field)) return;
        const missing = input.value.trim() === '';
        if (missing) fieldErrors.set(field, { key: `login.${field}Required` });
        else fieldErrors.delete(field);
        update();
      });
      return [field, { input, label, frame, error, item }] as const;
    }),
  );
  const errorBox = alertBox('error', 'login-error');
  const submitButton = el('button', { type: 'submit', class: 'xz-login-submit', 'data-testid': 'login-submit' });
  const form = el(
    'form',
    { novalidate: '', 'data-testid': 'login-form' },
    ...[...items.values()].map((item) => item.item),
    submitButton,
  );
  const head = el('div', { class: 'xz-login-head' }, el('div', {}, title, tagline), language);
  const card = el('div', { class: 'xz-login-card', 'data-testid': 'login-page' }, head);
  if (noticeBox) card.append(noticeBox.box);
  card.append(form);
  const page = el('div', { class: 'xz-login' }, card);

  function update(): void {
    title.textContent = t('app.name');
    tagline.textContent = t('app.tagline');
    languageText.textContent = t('header.language');
    language.setAttribute('aria-label', t('header.languageLabel'));
    if (noticeBox) noticeBox.text.textContent = t(`login.${notice}`);
    for (const [field, parts] of items) {
      const problem = fieldErrors.get(field);
      const message = problem === undefined ? '' : 'key' in problem ? t(problem.key) : problem.text;
      parts.label.textContent = t(`login.${field}`);
      parts.error.textContent = message;
      parts.error.hidden = !message;
      parts.item.toggleAttribute('data-invalid', Boolean(message));
      parts.frame.toggleAttribute('data-invalid', Boolean(message));
      if (message) parts.input.setAttribute('aria-invalid', 'true');
      else parts.input.removeAttribute('aria-invalid');
      if (message) parts.input.setAttribute('aria-describedby', parts.error.id);
      else parts.input.removeAttribute('aria-describedby');
    }
    const password = items.get('password')!.input;
    password.type = revealed ? 'text' : 'password';
    reveal.replaceChildren(icon((revealed ? 'eye' : 'eyeOff') satisfies IconName));
    reveal.setAttribute('aria-label', t(revealed ? 'login.hidePassword' : 'login.showPassword'));
    reveal.setAttribute('aria-pressed', String(revealed));
    errorBox.text.textContent = serverError ?? '';
    // in the page only while there is an error (as antd's Alert was): a test or a screen reader finds none otherwise
    if (serverError === null) errorBox.box.remove();
    else if (!errorBox.box.isConnected) form.insertBefore(errorBox.box, submitButton);
    submitButton.textContent = t('login.submit');
    submitButton.setAttribute('aria-busy', String(submitting));
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (submitting) return;
    fieldErrors.clear();
    for (const [field, parts] of items) {
      if (parts.input.value.trim() === '') fieldErrors.set(field, { key: `login.${field}Required` });
    }
    if (fieldErrors.size > 0) return update();
    const username = items.get('username')!.input.value.trim();
    const password = items.get('password')!.input.value;
    submitting = true;
    serverError = null;
    update();
    login(username, password).catch((caught: unknown) => {
      const field = isGraphQLRequestError(caught) ? caught.field : null;
      if (isGraphQLRequestError(caught) && (field === 'username' || field === 'password')) {
        // A message about one input goes under it; anything else in the alert above the button.
        fieldErrors.set(field, { text: caught.message });
      } else {
        serverError = isGraphQLRequestError(caught) ? caught.message : '登录失败，请稍后重试';
      }
      submitting = false;
      update();
    });
  });

  update();
  root.append(page);
  const unsubscribe = subscribeLocale(update);
  return () => {
    unsubscribe();
    page.remove();
  };
}
