import { Alert } from 'antd';
import type { ReactElement } from 'react';
import { t } from '../instance';

/** single-spa-react's `errorBoundary`: a module that throws while rendering shows this. */
export function moduleErrorBoundary(error: Error): ReactElement {
  return (
    <Alert
      type="error"
      showIcon
      title={t('state.moduleError')}
      description={error.message}
      data-testid="module-error"
    />
  );
}
