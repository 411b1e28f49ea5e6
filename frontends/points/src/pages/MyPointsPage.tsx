import { GraphQLRequestError, PageHeader, QueryState, useGqlQuery, useIsPhone, useT } from '@xiangzhi/platform';
import { Alert, Card, Flex, Select, Tag, theme } from 'antd';
import { useState } from 'react';
import { MyPointsDocument, type MyPointsQuery } from '../gql/graphql';
import { chinaDate } from './MyPointsFormat';

type Mine = NonNullable<MyPointsQuery['myPoints']>;
type Entry = Mine['entries']['edges'][number]['node'];

/** A month's lines are few (the caps bound the events); more than this is shown as a note. */
const SHOWN = 100;

function EntryLine({ entry, first }: { entry: Entry; first: boolean }) {
  const t = useT();
  const { token } = theme.useToken();
  const source = entry.eventType ? t(`myPoints.source.${entry.eventType}`) : t('myPoints.source.manual');
  return (
    <Flex
      align="center"
      gap={12}
      style={{ padding: '10px 12px', borderTop: first ? undefined : `1px solid ${token.colorSplit}` }}
      data-testid="my-points-entry"
      data-event-type={entry.eventType ?? 'manual'}
      id={`entry-${entry.id}`}
    >
      <Flex vertical style={{ flex: 1, minWidth: 0 }}>
        <strong style={{ overflowWrap: 'anywhere' }} data-testid="my-points-reason">
          {entry.reason}
        </strong>
        <Flex wrap gap={6} align="center" style={{ color: token.colorTextSecondary, fontSize: 13 }}>
          <span data-testid="my-points-date">{chinaDate(entry.occurredAt)}</span>
          <Tag style={{ marginInlineEnd: 0 }}>{source}</Tag>
          <span data-testid="my-points-booked">{t('myPoints.booked', { month: entry.bookedMonth })}</span>
          {entry.correctsEntryId ? (
            <a href={`#entry-${entry.correctsEntryId}`} data-testid="my-points-corrects">
              {t('myPoints.corrects')}
            </a>
          ) : null}
          {entry.cappedByMonthlyLimit ? (
            <Tag color="warning" style={{ marginInlineEnd: 0 }} data-testid="my-points-capped">
              {t('myPoints.capped')}
            </Tag>
          ) : null}
        </Flex>
      </Flex>
      <strong
        style={{ fontSize: 18, color: entry.points < 0 ? token.colorError : token.colorSuccess }}
        data-testid="my-points-points"
      >
        {entry.points > 0 ? `+${entry.points}` : entry.points}
      </strong>
    </Flex>
  );
}

function Figure({ label, value, testId }: { label: string; value: number; testId: string }) {
  const { token } = theme.useToken();
  return (
    <Card size="small" style={{ flex: '1 1 140px' }}>
      <div style={{ color: token.colorTextSecondary, fontSize: 13 }}>{label}</div>
      <div style={{ fontSize: 28, fontWeight: 600 }} data-testid={testId}>
        {value}
      </div>
    </Card>
  );
}

/** 我的积分: the signed-in cadre's own points, one month at a time, each line with why and when. */
export function MyPointsPage() {
  const t = useT();
  const isPhone = useIsPhone();
  const [month, setMonth] = useState<string | null>(null);
  const query = useGqlQuery(MyPointsDocument, { month, first: SHOWN });
  const mine = query.data?.myPoints ?? null;
  const entries = mine?.entries.edges.map((edge) => edge.node) ?? [];
  const monthLabel = (value: string) =>
    t('myPoints.monthValue', { year: value.slice(0, 4), month: Number(value.slice(5, 7)) });
  // an account without a cadre record: the reason in the page's language
  const error =
    query.error?.code === 'CADRE_NOT_LINKED'
      ? new GraphQLRequestError({ code: query.error.code, message: t('myPoints.notLinked') })
      : query.error;

  return (
    <section data-testid="my-points-page">
      <PageHeader title={t('myPoints.title')} marginBottom={16}>
        {mine ? (
          <Select
            value={mine.month}
            onChange={setMonth}
            options={mine.months.map((value) => ({ value, label: monthLabel(value) }))}
            aria-label={t('myPoints.month')}
            style={{ minWidth: isPhone ? '100%' : 160 }}
            data-testid="my-points-month"
          />
        ) : null}
      </PageHeader>
      <QueryState
        testId="my-points"
        loading={query.loading}
        error={error}
        partialErrors={query.partialErrors}
        hasData={mine !== null}
        isEmpty={false}
        onRetry={query.reload}
      >
        {mine ? (
          <Flex vertical gap={12}>
            <Flex wrap gap={12}>
              <Figure label={t('myPoints.monthTotal')} value={mine.total} testId="my-points-total" />
              <Figure label={t('myPoints.allTime')} value={mine.allTimeTotal} testId="my-points-all-time" />
            </Flex>
            {mine.caps.map((cap) =>
              cap.reached ? (
                <Alert
                  key={cap.eventType}
                  type="info"
                  showIcon
                  title={t('myPoints.capReached', { reason: cap.reason, cap: cap.cap })}
                  data-testid="my-points-cap-reached"
                />
              ) : (
                <div key={cap.eventType} data-testid="my-points-cap">
                  {t('myPoints.capUse', { reason: cap.reason, awarded: cap.awarded, cap: cap.cap })}
                </div>
              ),
            )}
            <Card
              size="small"
              title={t('myPoints.entries', { count: mine.entryCount })}
              styles={{ body: { padding: 0 } }}
              data-testid="my-points-entries"
            >
              {entries.length === 0 ? (
                <div style={{ padding: 16 }} data-testid="my-points-empty">
                  {t('myPoints.empty')}
                </div>
              ) : (
                entries.map((entry, index) => <EntryLine key={entry.id} entry={entry} first={index === 0} />)
              )}
            </Card>
            {mine.entryCount > entries.length ? (
              <Alert type="info" title={t('myPoints.more', { count: mine.entryCount, shown: entries.length })} />
            ) : null}
          </Flex>
        ) : null}
      </QueryState>
    </section>
  );
}
