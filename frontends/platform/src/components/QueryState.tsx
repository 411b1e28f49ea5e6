import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Flex, Spin } from 'antd';
import type { ReactNode } from 'react';
import type { GraphQLRequestError } from '../graphql/graphql-error';
import { useT } from '../react/useT';

export interface QueryStateProps {
  /** Prefix of the data-testids: `<testId>-loading`, `-empty`, `-error`, `-retry`, `-partial`. */
  testId: string;
  loading: boolean;
  error: GraphQLRequestError | null;
  partialErrors?: GraphQLRequestError[];
  hasData: boolean;
  isEmpty: boolean;
  onRetry?: () => void;
  emptyText?: string;
  children: ReactNode;
}

/** Loading, error (the server's Chinese message), empty and partial-data states of one query. */
export function QueryState(props: QueryStateProps) {
  const t = useT();
  const { testId, loading, error, hasData, isEmpty, onRetry } = props;
  const retry = onRetry ? (
    <Button size="small" icon={<ReloadOutlined />} onClick={onRetry} data-testid={`${testId}-retry`}>
      {t('state.retry')}
    </Button>
  ) : null;

  if (error && (!hasData || !loading)) {
    return <Alert type="error" showIcon title={error.message} action={retry} data-testid={`${testId}-error`} />;
  }
  if (!hasData) {
    return (
      <Flex justify="center" style={{ padding: 48 }} data-testid={`${testId}-loading`}>
        <Spin description={t('state.loading')} />
      </Flex>
    );
  }
  if (isEmpty && !loading) {
    return <Empty description={props.emptyText ?? t('state.empty')} data-testid={`${testId}-empty`} />;
  }
  const partial = props.partialErrors ?? [];
  return (
    <>
      {partial.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          title={t('state.partial')}
          description={[...new Set(partial.map((item) => item.message))].join('；')}
          style={{ marginBottom: 12 }}
          data-testid={`${testId}-partial`}
        />
      ) : null}
      {props.children}
    </>
  );
}
