import { useT } from '@xiangzhi/platform';
import { Button, Flex } from 'antd';
import { useState, type ReactNode } from 'react';

export interface ConfirmButtonProps {
  testId: string;
  label: ReactNode;
  /** Asked inline before `onConfirm` runs (no modal: it keeps the vendor file small). */
  question: string;
  danger?: boolean;
  loading?: boolean;
  onConfirm(): void;
}

/** A button that asks once more, in place, before a consequential action. */
export function ConfirmButton({ testId, label, question, danger, loading, onConfirm }: ConfirmButtonProps) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <Button danger={danger} loading={loading} onClick={() => setAsking(true)} data-testid={testId}>
        {label}
      </Button>
    );
  }
  return (
    <Flex vertical gap={6} data-testid={`${testId}-confirm-box`} style={{ width: '100%' }}>
      <span>{question}</span>
      <Flex gap={8}>
        <Button
          type="primary"
          danger={danger}
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
          data-testid={`${testId}-confirm`}
        >
          {t('admin.confirm')}
        </Button>
        <Button onClick={() => setAsking(false)} data-testid={`${testId}-cancel`}>
          {t('admin.cancel')}
        </Button>
      </Flex>
    </Flex>
  );
}
