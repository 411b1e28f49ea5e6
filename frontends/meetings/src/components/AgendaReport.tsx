import { Card, Flex, Tag } from 'antd';
import { COLORS, useT } from '@xiangzhi/platform';
import type { ForumPageQuery } from '../gql/graphql';
import { AgendaCaseState } from './AgendaItemCard';

type Report = NonNullable<ForumPageQuery['forumReport']>;
const FIGURES = ['raised', 'decided', 'decidedLate', 'handled', 'closed', 'open', 'carriedOverOpen'] as const;

/** 通报上月说事事项办结情况: the forum opens with it (figures, then each item with its case's state). */
export function AgendaReport({ report }: { report: Report }) {
  const t = useT();
  return (
    <Card
      size="small"
      title={t('forum.report.title', { month: report.month })}
      extra={<span style={{ color: COLORS.textSecondary, fontSize: 12 }}>{t('forum.report.help')}</span>}
      data-testid="forum-report"
    >
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        {FIGURES.map((key) => (
          <Tag key={key} data-testid={`forum-report-${key}`} data-value={report[key]}>
            {t(`forum.report.${key}`)} {report[key]}
          </Tag>
        ))}
      </Flex>
      {report.items.length === 0 ? (
        <span style={{ color: COLORS.textSecondary }}>{t('forum.report.none')}</span>
      ) : (
        <Flex vertical gap={6}>
          {report.items.map((item) => (
            <Flex key={item.id} gap={8} wrap align="center" data-testid="forum-report-item">
              <span>{item.title}</span>
              <AgendaCaseState item={item} />
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}
