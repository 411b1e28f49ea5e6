import { Alert, Button, Card, Empty, Flex, Tag } from 'antd';
import { COLORS, defineMessages, PageHeader, QueryState, useGqlQuery, useT } from '@xiangzhi/platform';
import dayjs from 'dayjs';
import { useState } from 'react';
import { DraftMinutesDocument, MeetingMinutesDocument, type MinutesFieldsFragment } from '../gql/graphql';
import { MinutesAddenda } from '../components/MinutesAddenda';
import { MinutesDownloads } from '../components/MinutesDownloads';
import { MinutesEditor } from '../components/MinutesEditor';
import { useMeetingsRequest } from '../lib/useMeetingsRequest';
import { MINUTES_MESSAGES } from './MinutesMessages';

defineMessages(MINUTES_MESSAGES);

/** One meeting's minutes: drafted from its record, edited, published read-only, corrected by addenda, exported. */
export function MinutesPage({ meetingId }: { meetingId: string }) {
  const t = useT();
  const query = useGqlQuery(MeetingMinutesDocument, { meetingId });
  // what the last mutation answered, newer than the query's data until the next reload
  const [latest, setLatest] = useState<MinutesFieldsFragment | null>(null);
  const draft = useMeetingsRequest(DraftMinutesDocument, 'minutes.failed');
  const meeting = query.data?.meeting ?? null;
  const minutes = latest ?? query.data?.meetingMinutes ?? null;
  const reload = (): void => {
    setLatest(null);
    query.reload();
  };

  return (
    <section data-testid="minutes-page">
      <PageHeader title={`${meeting?.title ?? ''} ${t('minutes.title')}`.trim()} marginBottom={16}>
        {minutes ? (
          <Tag color={minutes.status === 'PUBLISHED' ? 'green' : 'orange'} data-testid="minutes-status">
            {t(`minutes.status.${minutes.status}`)}
          </Tag>
        ) : null}
      </PageHeader>
      <QueryState
        testId="minutes"
        loading={query.loading}
        error={query.error}
        partialErrors={query.partialErrors}
        hasData={query.data != null}
        isEmpty={!meeting}
        onRetry={query.reload}
      >
        {!minutes ? (
          <Card>
            <Empty description={t('minutes.none')}>
              <Flex vertical gap={8} align="center">
                <span style={{ color: COLORS.textSecondary }}>{t('minutes.draftHelp')}</span>
                <Button
                  type="primary"
                  loading={draft.busy}
                  onClick={async () => {
                    const data = await draft.run({ meetingId });
                    if (data) setLatest(data.draftMinutes);
                  }}
                  data-testid="minutes-draft"
                >
                  {t('minutes.draft')}
                </Button>
                {draft.error ? (
                  <Alert type="error" showIcon title={draft.error.message} data-testid="minutes-error" />
                ) : null}
              </Flex>
            </Empty>
          </Card>
        ) : (
          <Flex vertical gap={16}>
            <MinutesDownloads minutesId={minutes.id} />
            {minutes.status === 'DRAFT' ? (
              // a new key per version: after a save or a reload the text box starts from the server's text
              <Card>
                <MinutesEditor
                  key={`${minutes.id}:${minutes.version}`}
                  minutes={minutes}
                  onChange={setLatest}
                  onReload={reload}
                />
              </Card>
            ) : (
              <>
                <Card
                  size="small"
                  title={t('minutes.publishedBy', {
                    who: minutes.publishedBy ?? '—',
                    at: dayjs(minutes.publishedAt).format('YYYY-MM-DD HH:mm'),
                  })}
                >
                  <div style={{ whiteSpace: 'pre-wrap', lineHeight: 1.8 }} data-testid="minutes-text">
                    {minutes.body}
                  </div>
                </Card>
                <MinutesAddenda
                  minutesId={minutes.id}
                  addenda={minutes.addenda}
                  onAdded={(a) => setLatest({ ...minutes, addenda: [...minutes.addenda, a] })}
                />
              </>
            )}
          </Flex>
        )}
      </QueryState>
    </section>
  );
}
