import {
  COLORS,
  isAboveVillage,
  PageHeader,
  QueryState,
  RegionPicker,
  useGqlQuery,
  useIsPhone,
  useSession,
  useT,
} from '@xiangzhi/platform';
import { Button, Flex, Space } from 'antd';
import { useState } from 'react';
import { MeetingCalendarDocument, type MeetingCalendarQuery } from '../gql/graphql';
import { Link, navigate } from '../lib/routing';
import { beijingDay, beijingTime, isMonth, monthSpan, shiftMonth } from '../lib/month';
import { MeetingKindTag } from '../components/MeetingKindTag';
import { MeetingStatusTag } from '../components/MeetingStatusTag';
import type { MeetingKind } from '../messages';

type CalendarMeeting = MeetingCalendarQuery['meetingCalendar'][number];

function MeetingChip({ meeting, showVillage }: { meeting: CalendarMeeting; showVillage: boolean }) {
  const cancelled = meeting.status === 'CANCELLED';
  return (
    <div data-testid="calendar-meeting" data-meeting-id={meeting.id} data-status={meeting.status}>
      <Link to={{ page: 'meeting', id: meeting.id }}>
        <span style={{ textDecoration: cancelled ? 'line-through' : undefined, fontSize: 12 }}>
          {beijingTime(meeting.date)} {meeting.title}
          {showVillage && meeting.village?.name ? `（${meeting.village.name}）` : ''}
        </span>
      </Link>
    </div>
  );
}

/** The month as a 7-column grid (desk). */
function MonthGrid({
  month,
  meetings,
  showVillage,
}: {
  month: string;
  meetings: CalendarMeeting[];
  showVillage: boolean;
}) {
  const t = useT();
  const { days, lead } = monthSpan(month);
  const byDay = new Map<string, CalendarMeeting[]>();
  for (const m of meetings) byDay.set(beijingDay(m.date), [...(byDay.get(beijingDay(m.date)) ?? []), m]);
  const cells = [...Array<null>(lead).fill(null), ...Array.from({ length: days }, (_, i) => i + 1)];
  const cell = { border: `1px solid ${COLORS.border}`, minHeight: 92, padding: 4, background: COLORS.bgContainer };
  return (
    <div data-testid="calendar-month" style={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: 0 }}>
      {t('meetings.calendar.weekdays')
        .split(',')
        .map((d) => (
          <div key={d} style={{ textAlign: 'center', color: COLORS.textSecondary, padding: 4 }}>
            {d}
          </div>
        ))}
      {cells.map((day, i) => {
        const key = day ? `${month}-${String(day).padStart(2, '0')}` : `lead-${i}`;
        return (
          <div key={key} style={cell} data-testid={day ? 'calendar-day' : undefined} data-day={day ? key : undefined}>
            {day ? <div style={{ color: COLORS.textTertiary, fontSize: 12 }}>{day}</div> : null}
            {(day ? (byDay.get(key) ?? []) : []).map((m) => (
              <MeetingChip key={m.id} meeting={m} showVillage={showVillage} />
            ))}
          </div>
        );
      })}
    </div>
  );
}

/** The month as a list of days with meetings (phone). */
function MonthList({ meetings, showVillage }: { meetings: CalendarMeeting[]; showVillage: boolean }) {
  return (
    <Flex vertical gap={8} data-testid="calendar-list">
      {meetings.map((m) => (
        <div
          key={m.id}
          style={{ border: `1px solid ${COLORS.border}`, borderRadius: 8, padding: 10, background: COLORS.bgContainer }}
        >
          <Flex justify="space-between" align="center" wrap gap={4}>
            <span style={{ color: COLORS.textSecondary }}>{beijingDay(m.date)}</span>
            <Space size={4}>
              <MeetingKindTag kind={m.kind as MeetingKind} />
              <MeetingStatusTag status={m.status} />
            </Space>
          </Flex>
          <MeetingChip meeting={m} showVillage={showVillage} />
          {m.place ? <div style={{ color: COLORS.textTertiary, fontSize: 12 }}>{m.place}</div> : null}
        </div>
      ))}
    </Flex>
  );
}

/** 会议日历: a month of meetings in the caller's jurisdiction (or a picked township / village). */
export function MeetingCalendarPage({ month: asked }: { month: string | null }) {
  const t = useT();
  const isPhone = useIsPhone();
  const divisionCode = useSession()?.account.divisionCode ?? '';
  const aboveVillage = isAboveVillage(divisionCode);
  const [regionCode, setRegionCode] = useState<string | undefined>();
  const month = isMonth(asked) ? asked : beijingDay(new Date()).slice(0, 7);
  const { from, to } = monthSpan(month);
  const query = useGqlQuery(MeetingCalendarDocument, { from, to, regionCode: regionCode ?? null });
  const meetings = query.data?.meetingCalendar ?? [];
  const go = (m: string) => navigate({ page: 'calendar', month: m });
  return (
    <section data-testid="meetings-calendar" data-month={month}>
      <PageHeader title={`${t('meetings.calendar.title')} · ${month}`}>
        <Space wrap>
          {aboveVillage ? <RegionPicker rootCode={divisionCode} onChange={setRegionCode} /> : null}
          <Button onClick={() => go(shiftMonth(month, -1))} data-testid="calendar-prev">
            {t('meetings.calendar.prev')}
          </Button>
          <Button onClick={() => go(beijingDay(new Date()).slice(0, 7))}>{t('meetings.calendar.today')}</Button>
          <Button onClick={() => go(shiftMonth(month, 1))} data-testid="calendar-next">
            {t('meetings.calendar.next')}
          </Button>
        </Space>
      </PageHeader>
      <QueryState
        testId="calendar"
        loading={query.loading}
        error={query.error}
        partialErrors={query.partialErrors}
        hasData={query.data !== null}
        isEmpty={isPhone && meetings.length === 0}
        emptyText={t('meetings.calendar.empty')}
        onRetry={query.reload}
      >
        {isPhone ? (
          <MonthList meetings={meetings} showVillage={aboveVillage} />
        ) : (
          <MonthGrid month={month} meetings={meetings} showVillage={aboveVillage} />
        )}
      </QueryState>
    </section>
  );
}
