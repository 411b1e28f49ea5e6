import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useT } from '../react/useT';

export interface CursorPagerProps {
  page: number;
  pageSize: number;
  totalCount: number;
  hasNextPage: boolean;
  loading?: boolean;
  onPrev(): void;
  onNext(): void;
  /** Prefix of the data-testids: `<testId>`, `-prev`, `-next`, `-info`. */
  testId?: string;
}

/** Previous / next over a Relay connection, with "page x of y, n in all". */
export function CursorPager(props: CursorPagerProps) {
  const t = useT();
  const testId = props.testId ?? 'pager';
  const pages = Math.max(1, Math.ceil(props.totalCount / props.pageSize));
  return (
    <Flex align="center" justify="flex-end" gap={8} wrap style={{ marginTop: 12 }} data-testid={testId}>
      <span data-testid={`${testId}-info`} style={{ marginRight: 'auto' }}>
        {t('pager.info', { page: props.page, pages, total: props.totalCount })}
      </span>
      <Button
        icon={<LeftOutlined />}
        disabled={props.page <= 1 || props.loading}
        onClick={props.onPrev}
        data-testid={`${testId}-prev`}
      >
        {t('pager.prev')}
      </Button>
      <Button disabled={!props.hasNextPage || props.loading} onClick={props.onNext} data-testid={`${testId}-next`}>
        {t('pager.next')}
        <RightOutlined />
      </Button>
    </Flex>
  );
}
