import { useIsPhone, useT } from '@xiangzhi/platform';
import { Alert, Button, Flex } from 'antd';

export interface FormFooterProps {
  /** Prefix of the data-testids: `-error`, `-cancel`, `-save` (unless `saveTestId`). */
  testId: string;
  /** A server error that names no field of the form. */
  error: string | null;
  saving: boolean;
  /** After a CONFLICT nothing may be saved until the user reloads. */
  disabled?: boolean;
  saveLabel?: string;
  saveTestId?: string;
  onCancel(): void;
}

/** The end of a form: its error, Cancel and the submit button (large on a phone). */
export function FormFooter({ testId, error, saving, disabled, saveLabel, saveTestId, onCancel }: FormFooterProps) {
  const t = useT();
  const size = useIsPhone() ? 'large' : 'middle';
  return (
    <>
      {error ? (
        <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid={`${testId}-error`} />
      ) : null}
      <Flex gap={8} justify="flex-end">
        <Button size={size} onClick={onCancel} data-testid={`${testId}-cancel`}>
          {t('gov.common.cancel')}
        </Button>
        <Button
          size={size}
          type="primary"
          htmlType="submit"
          loading={saving}
          disabled={disabled}
          data-testid={saveTestId ?? `${testId}-save`}
        >
          {saveLabel ?? t('gov.common.save')}
        </Button>
      </Flex>
    </>
  );
}
