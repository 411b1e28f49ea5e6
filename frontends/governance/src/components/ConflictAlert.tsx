import { ReloadOutlined } from '@ant-design/icons';
import { useT } from '@xiangzhi/platform';
import { Alert, Button } from 'antd';

export interface ConflictAlertProps {
  /** The CONFLICT message; nothing is shown without one. */
  message: string | null;
  /** Prefix of the data-testids: `<testId>-conflict`, `<testId>-reload`. */
  testId: string;
  onReload(): void;
}

/** Someone else saved first: says so, with a button that reloads the fresh data. */
export function ConflictAlert({ message, testId, onReload }: ConflictAlertProps) {
  const t = useT();
  if (!message) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={message}
      style={{ marginBottom: 12 }}
      action={
        <Button size="small" icon={<ReloadOutlined />} onClick={onReload} data-testid={`${testId}-reload`}>
          {t('gov.household.reload')}
        </Button>
      }
      data-testid={`${testId}-conflict`}
    />
  );
}
