import {
  COLORS,
  gqlRequest,
  isGraphQLRequestError,
  PageHeader,
  QueryState,
  saveFile,
  useGqlQuery,
  useSession,
  useT,
} from '@xiangzhi/platform';
import { Alert, Button, Card, Flex, Input, Space } from 'antd';
import { useState } from 'react';
import {
  CancelMeetingDocument,
  HoldMeetingDocument,
  MeetingDetailDocument,
  MeetingNoticePdfDocument,
  PublishMeetingNoticeDocument,
  type MeetingDetailQuery,
} from '../gql/graphql';
import { beijingDay, beijingTime } from '../lib/month';
import { navigate } from '../lib/routing';
import { MeetingAttendance } from '../components/MeetingAttendance';
import { MeetingKindTag } from '../components/MeetingKindTag';
import { MeetingStatusTag } from '../components/MeetingStatusTag';
import type { MeetingKind } from '../messages';

type Meeting = NonNullable<MeetingDetailQuery['meeting']>;
const when = (iso: string): string => `${beijingDay(iso)} ${beijingTime(iso)}`;

function MeetingActions({ meeting, canWrite, onChange }: { meeting: Meeting; canWrite: boolean; onChange(): void }) {
  const t = useT();
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const open = meeting.status === 'SCHEDULED' || meeting.status === 'NOTICED';
  async function act(name: string, run: () => Promise<unknown>) {
    setBusy(name);
    setFailure(null);
    try {
      await run();
      setCancelling(false);
      onChange();
    } catch (caught) {
      setFailure(isGraphQLRequestError(caught) ? caught.message : t('meetings.action.failed'));
    } finally {
      setBusy(null);
    }
  }
  const print = () =>
    act('print', async () => {
      const file = (await gqlRequest(MeetingNoticePdfDocument, { id: meeting.id })).meetingNoticePdf;
      if (file) saveFile(file);
    });
  return (
    <Flex vertical gap={8} style={{ marginBottom: 12 }}>
      {failure ? <Alert type="error" showIcon title={failure} data-testid="meeting-action-error" /> : null}
      <Space wrap>
        {canWrite && open ? (
          <>
            <Button onClick={() => navigate({ page: 'meeting-edit', id: meeting.id })} data-testid="meeting-edit">
              {t('meetings.action.edit')}
            </Button>
            <Button
              type="primary"
              loading={busy === 'publish'}
              data-testid="meeting-publish"
              onClick={() => act('publish', () => gqlRequest(PublishMeetingNoticeDocument, { id: meeting.id }))}
            >
              {t(meeting.status === 'NOTICED' ? 'meetings.action.republish' : 'meetings.action.publish')}
            </Button>
            <Button
              loading={busy === 'hold'}
              data-testid="meeting-hold"
              onClick={() => act('hold', () => gqlRequest(HoldMeetingDocument, { id: meeting.id }))}
            >
              {t('meetings.action.hold')}
            </Button>
            <Button danger onClick={() => setCancelling(true)} data-testid="meeting-cancel">
              {t('meetings.action.cancel')}
            </Button>
          </>
        ) : null}
        <Button loading={busy === 'print'} onClick={() => void print()} data-testid="meeting-print">
          {t('meetings.action.print')}
        </Button>
        {meeting.kind === 'VILLAGERS_FORUM' || meeting.kind === 'ANNUAL_REVIEW' ? (
          <Button
            onClick={() =>
              navigate({ page: meeting.kind === 'ANNUAL_REVIEW' ? 'forum-review' : 'forum', meetingId: meeting.id })
            }
            data-testid="meeting-forum"
          >
            {t(meeting.kind === 'ANNUAL_REVIEW' ? 'meetings.action.review' : 'meetings.action.forum')}
          </Button>
        ) : null}
        {meeting.status === 'CANCELLED' ? null : (
          <Button onClick={() => navigate({ page: 'minutes', meetingId: meeting.id })} data-testid="meeting-minutes">
            {t('meetings.action.minutes')}
          </Button>
        )}
      </Space>
      {cancelling ? (
        <Space.Compact style={{ maxWidth: 480 }}>
          <Input
            placeholder={t('meetings.action.cancelReason')}
            maxLength={200}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            data-testid="meeting-cancel-reason"
          />
          <Button
            danger
            loading={busy === 'cancel'}
            data-testid="meeting-cancel-confirm"
            onClick={() => act('cancel', () => gqlRequest(CancelMeetingDocument, { id: meeting.id, reason }))}
          >
            {t('meetings.action.confirmCancel')}
          </Button>
          <Button onClick={() => setCancelling(false)}>{t('meetings.action.back')}</Button>
        </Space.Compact>
      ) : null}
    </Flex>
  );
}

/** One meeting: its facts, the notice (publish, print), the actions of its status and the attendance. */
export function MeetingPage({ id }: { id: string }) {
  const t = useT();
  const session = useSession();
  const canWrite = session?.account.permissions.some((p) => p === 'MEETING_WRITE') ?? false;
  const query = useGqlQuery(MeetingDetailDocument, { id });
  const meeting = query.data?.meeting;
  const own = session?.account.divisionCode ?? '';
  return (
    <section data-testid="meeting-page" data-status={meeting?.status}>
      <QueryState
        testId="meeting"
        loading={query.loading}
        error={query.error}
        partialErrors={query.partialErrors}
        hasData={query.data !== null}
        isEmpty={!meeting}
        emptyText={t('meetings.page.notFound')}
        onRetry={query.reload}
      >
        {meeting ? (
          <>
            <PageHeader title={meeting.title}>
              <Space>
                <MeetingKindTag kind={meeting.kind as MeetingKind} />
                <MeetingStatusTag status={meeting.status} />
              </Space>
            </PageHeader>
            <Space wrap style={{ color: COLORS.textSecondary, marginBottom: 12 }} data-testid="meeting-facts">
              <span>
                {t('meetings.page.time')}：{when(meeting.date)}
              </span>
              <span>
                {t('meetings.page.place')}：{meeting.place ?? '—'}
              </span>
              {meeting.village?.name ? <span>{meeting.village.name}</span> : null}
            </Space>
            {meeting.cancelReason ? (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 12 }}
                title={t('meetings.page.cancelReason', { reason: meeting.cancelReason })}
              />
            ) : null}
            <MeetingActions meeting={meeting} canWrite={canWrite} onChange={query.reload} />
            <Card
              size="small"
              title={t('meetings.page.notice')}
              style={{ marginBottom: 12 }}
              data-testid="meeting-notice"
            >
              <div style={{ whiteSpace: 'pre-wrap' }}>
                {meeting.noticeText ?? (
                  <span style={{ color: COLORS.textTertiary }}>{t('meetings.page.noticeAuto')}</span>
                )}
              </div>
              {meeting.noticePublishedAt ? (
                <div style={{ color: COLORS.textTertiary, marginTop: 8 }} data-testid="meeting-notice-published">
                  {t('meetings.page.noticePublishedAt', { time: when(meeting.noticePublishedAt) })}
                </div>
              ) : null}
            </Card>
            <MeetingAttendance
              meetingId={meeting.id}
              attendance={meeting.attendance}
              // the township's cadres too (liaison leaders) when the account can list them
              cadreRegion={own.length <= 9 ? meeting.villageCode.slice(0, 9) : meeting.villageCode}
              editable={canWrite && meeting.status !== 'CANCELLED'}
              onChange={query.reload}
            />
          </>
        ) : null}
      </QueryState>
    </section>
  );
}
