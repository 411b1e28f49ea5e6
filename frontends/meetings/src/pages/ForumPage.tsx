import { Empty, Flex } from 'antd';
import { defineMessages, PageHeader, QueryState, useGqlQuery, useSession, useT } from '@xiangzhi/platform';
import dayjs from 'dayjs';
import { ForumPageDocument } from '../gql/graphql';
import { AgendaItemCard } from '../components/AgendaItemCard';
import { AgendaRaiseForm } from '../components/AgendaRaiseForm';
import { AgendaReport } from '../components/AgendaReport';
import { FORUM_MESSAGES } from './ForumMessages';

defineMessages(FORUM_MESSAGES);

/**
 * One villagers' forum: last month's report, this forum's items, raise, classify, decide. Everything here is
 * meetings' own (the cases' state included), so the page works while governance is down (names then missing).
 */
export function ForumPage({ meetingId }: { meetingId: string }) {
  const t = useT();
  const session = useSession();
  const query = useGqlQuery(ForumPageDocument, { meetingId });
  const meeting = query.data?.meeting ?? null;
  const items = query.data?.agendaItems ?? [];
  const report = query.data?.forumReport ?? null;
  const editable = session?.account.permissions.includes('AGENDA_WRITE') ?? false;

  return (
    <section data-testid="forum-page">
      <PageHeader
        title={meeting ? `${meeting.title} · ${dayjs(meeting.date).format('YYYY-MM-DD')}` : t('forum.title')}
        marginBottom={16}
      >
        {meeting?.village?.name ? <span>{meeting.village.name}</span> : null}
      </PageHeader>
      <QueryState
        testId="forum"
        loading={query.loading}
        error={query.error}
        partialErrors={query.partialErrors}
        hasData={query.data != null}
        isEmpty={!meeting}
        onRetry={query.reload}
      >
        <Flex vertical gap={16}>
          {report ? <AgendaReport report={report} /> : null}
          <h3 style={{ margin: 0 }}>{t('forum.items.title')}</h3>
          {items.length === 0 ? <Empty description={t('forum.items.none')} data-testid="forum-items-empty" /> : null}
          {items.map((item) => (
            <AgendaItemCard key={item.id} item={item} editable={editable} onChanged={query.reload} />
          ))}
          {editable && meeting?.kind === 'VILLAGERS_FORUM' ? (
            <AgendaRaiseForm meetingId={meetingId} onRaised={query.reload} />
          ) : null}
        </Flex>
      </QueryState>
    </section>
  );
}
