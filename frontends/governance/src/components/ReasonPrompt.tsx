import { useT, COLORS } from '@xiangzhi/platform';
import { Alert, Button, Flex, Input } from 'antd';
import { useState } from 'react';
import { asRequestError } from '../lib/errors';

export interface ReasonPromptProps {
  /** Prefix of the data-testids: `-reason`, `-submit`, `-cancel`, `-error`. */
  testId: string;
  hint: string;
  submitLabel: string;
  onSubmit(reason: string): Promise<void>;
  onCancel(): void;
}

/**
 * Asks why before revealing personal data (the reason goes into the audit record). Inline rather
 * than in a dialog: it reads well on a phone and costs no extra vendor code.
 */
export function ReasonPrompt({ testId, hint, submitLabel, onSubmit, onCancel }: ReasonPromptProps) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [touched, setTouched] = useState(false);
  const missing = reason.trim().length === 0;

  const submit = async () => {
    setTouched(true);
    if (missing) return;
    setBusy(true);
    setError(null);
    try {
      await onSubmit(reason.trim());
    } catch (caught) {
      setError(asRequestError(caught, t('gov.common.failed')).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex
      vertical
      gap={8}
      style={{ padding: 12, background: COLORS.warningBg, borderRadius: 6, marginTop: 8 }}
      data-testid={testId}
    >
      <span>{hint}</span>
      <Input.TextArea
        autoFocus
        rows={2}
        maxLength={200}
        value={reason}
        status={touched && missing ? 'error' : undefined}
        placeholder={t('gov.unmask.reasonPlaceholder')}
        onChange={(event) => setReason(event.target.value)}
        data-testid={`${testId}-reason`}
      />
      {touched && missing ? (
        <span style={{ color: COLORS.error }} data-testid={`${testId}-required`}>
          {t('gov.unmask.reasonRequired')}
        </span>
      ) : null}
      {error ? <Alert type="error" showIcon title={error} data-testid={`${testId}-error`} /> : null}
      <Flex gap={8} justify="flex-end">
        <Button onClick={onCancel} disabled={busy} data-testid={`${testId}-cancel`}>
          {t('gov.common.cancel')}
        </Button>
        <Button type="primary" loading={busy} onClick={submit} data-testid={`${testId}-submit`}>
          {submitLabel}
        </Button>
      </Flex>
    </Flex>
  );
}
