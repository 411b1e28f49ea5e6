import { Alert, Button, Space } from 'antd';
import { useT } from '@xiangzhi/platform';

export interface MinutesConfirmProps {
  testId: string;
  message: string;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/** An inline "are you sure?" (the vendor list carries no Modal: a prompt in the page instead). */
export function MinutesConfirm({ testId, message, busy, onConfirm, onCancel }: MinutesConfirmProps) {
  const t = useT();
  return (
    <Alert
      type="warning"
      showIcon
      title={message}
      data-testid={testId}
      action={
        <Space>
          <Button size="small" type="primary" danger loading={busy} onClick={onConfirm} data-testid={`${testId}-yes`}>
            {t('minutes.confirm')}
          </Button>
          <Button size="small" onClick={onCancel} data-testid={`${testId}-no`}>
            {t('minutes.cancel')}
          </Button>
        </Space>
      }
    />
  );
}
