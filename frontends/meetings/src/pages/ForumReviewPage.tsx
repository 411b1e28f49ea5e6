import { Alert, Card, Empty, Flex } from 'antd';
import { COLORS, defineMessages, PageHeader, QueryState, useGqlQuery, useSession, useT } from '@xiangzhi/platform';
import { AnnualReviewDocument, RateAgendaItemDocument, type AgendaRating } from '../gql/graphql';
import { AgendaChoice } from '../components/AgendaChoice';
import { AgendaCaseState } from '../components/AgendaItemCard';
import { useMeetingsRequest } from '../lib/useMeetingsRequest';
import { FORUM_MESSAGES } from './ForumMessages';

defineMessages(FORUM_MESSAGES);

const RATINGS = ['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'] as const;

/** 双述双评: each attendee rates how the village's items of the year were handled (one vote each, changeable). */
export function ForumReviewPage({ meetingId }: { meetingId: string }) {
  const t = useT();
  const session = useSession();
  const query = useGqlQuery(AnnualReviewDocument, { meetingId });
  const rate = useMeetingsRequest(RateAgendaItemDocument, 'forum.failed');
  const rows = query.data?.annualReviewItems ?? null;
  const mayRate = session?.account.permissions.includes('AGENDA_RATE') ?? false;

  return (
    <section data-testid="forum-review-page">
      <PageHeader title={`${query.data?.meeting?.title ?? ''} ${t('forum.review.title')}`.trim()} marginBottom={8} />
      <p style={{ color: COLORS.textSecondary }}>{t('forum.review.help')}</p>
      <QueryState
        testId="forum-review"
        loading={query.loading}
        error={query.error}
        partialErrors={query.partialErrors}
        hasData={query.data != null}
        isEmpty={rows === null}
        onRetry={query.reload}
      >
        <Flex vertical gap={12}>
          {rate.error ? (
            <Alert type="error" showIcon title={rate.error.message} data-testid="forum-review-error" />
          ) : null}
          {rows?.length === 0 ? <Empty description={t('forum.review.none')} /> : null}
          {rows?.map(({ item, myRating }) => (
            <Card key={item.id} size="small" title={item.title} data-testid="forum-review-item" data-item-id={item.id}>
              <Flex vertical gap={8}>
                <Flex gap={8} wrap align="center">
                  <span>{item.forumOn}</span>
                  <AgendaCaseState item={item} />
                </Flex>
                <span data-testid="forum-review-tally">
                  {t('forum.rating.tally', {
                    s: item.ratings.satisfied,
                    b: item.ratings.basicallySatisfied,
                    d: item.ratings.dissatisfied,
                  })}
                </span>
                <AgendaChoice<AgendaRating>
                  values={RATINGS}
                  prefix="forum.rating"
                  testId="forum-review-rate"
                  value={myRating ?? undefined}
                  disabled={!mayRate || rate.busy}
                  onChange={async (rating) => {
                    if (await rate.run({ agendaItemId: item.id, reviewMeetingId: meetingId, rating })) query.reload();
                  }}
                />
              </Flex>
            </Card>
          ))}
        </Flex>
      </QueryState>
    </section>
  );
}
