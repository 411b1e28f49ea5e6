import { Alert } from 'antd';
import type { ReactNode } from 'react';

/** What a module shows for a path under its prefix that no route matches (`<module>-not-found`). */
export function NotFoundAlert({ testId, title, action }: { testId: string; title: string; action?: ReactNode }) {
  return <Alert type="warning" showIcon title={title} action={action} data-testid={testId} />;
}
