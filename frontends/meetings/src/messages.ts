import type { MessageBundle } from '@xiangzhi/platform';

export const MEETING_KINDS = [
  'VILLAGERS_FORUM',
  'WEEKLY_BRIEFING',
  'TOWNSHIP_REVIEW',
  'COMMITTEE',
  'PARTY_ASSEMBLY',
  'REPRESENTATIVES_ASSEMBLY',
  'ANNUAL_REVIEW',
] as const;

export type MeetingKind = (typeof MEETING_KINDS)[number];

// Names from the glossary (shared/GLOSSARY.md, Meetings).
export const MEETINGS_MESSAGES = {
  'zh-CN': {
    'meetings.title': '会议',
    'meetings.kind': '类型',
    'meetings.date': '日期',
    'meetings.subject': '议题',
    'meetings.village': '村',
    'meetings.chair': '主持人',
    'meetings.noChair': '—',
    'meetings.empty': '暂无会议记录',
    'meetings.notFound': '没有这个页面',
    'meetings.kind.VILLAGERS_FORUM': '党群说事会',
    'meetings.kind.WEEKLY_BRIEFING': '民情碰头会',
    'meetings.kind.TOWNSHIP_REVIEW': '民情例会',
    'meetings.kind.COMMITTEE': '两委会议',
    'meetings.kind.PARTY_ASSEMBLY': '党员大会',
    'meetings.kind.REPRESENTATIVES_ASSEMBLY': '村民代表会议',
    'meetings.kind.ANNUAL_REVIEW': '组织生活会',
  },
  'en-US': {
    'meetings.title': 'Meetings',
    'meetings.kind': 'Kind',
    'meetings.date': 'Date',
    'meetings.subject': 'Title',
    'meetings.village': 'Village',
    'meetings.chair': 'Chair',
    'meetings.noChair': '—',
    'meetings.empty': 'No meetings yet',
    'meetings.notFound': 'No such page',
    'meetings.kind.VILLAGERS_FORUM': "Villagers' forum",
    'meetings.kind.WEEKLY_BRIEFING': 'Weekly briefing',
    'meetings.kind.TOWNSHIP_REVIEW': 'Township review',
    'meetings.kind.COMMITTEE': 'Committee meeting',
    'meetings.kind.PARTY_ASSEMBLY': 'Party assembly',
    'meetings.kind.REPRESENTATIVES_ASSEMBLY': "Representatives' assembly",
    'meetings.kind.ANNUAL_REVIEW': 'Annual review',
  },
} satisfies MessageBundle;

export const KIND_COLORS: Record<MeetingKind, string> = {
  VILLAGERS_FORUM: 'red',
  WEEKLY_BRIEFING: 'orange',
  TOWNSHIP_REVIEW: 'purple',
  COMMITTEE: 'blue',
  PARTY_ASSEMBLY: 'volcano',
  REPRESENTATIVES_ASSEMBLY: 'green',
  ANNUAL_REVIEW: 'geekblue',
};
