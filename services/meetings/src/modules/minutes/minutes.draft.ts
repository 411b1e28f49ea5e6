// The draft of a meeting's minutes, composed from its record, and the sections the exports lay out.

export type AttendanceRole = 'CHAIR' | 'MEMBER' | 'OBSERVER';

/** What the lower modules recorded of one meeting, in the words the minutes print. */
export interface MinutesRecord {
  title: string;
  /** The kind's Chinese name, e.g. 党群说事会. */
  kindLabel: string;
  date: Date;
  place: string | null;
  attendance: { name: string; role: AttendanceRole; observerLabel: string | null; present: boolean }[];
  items: { title: string; raisedBy: string | null; track: string | null; decision: string | null }[];
  votes: {
    matter: string;
    step: string;
    present: number | null;
    expected: number | null;
    votesFor: number;
    votesAgainst: number;
    votesAbstain: number;
    /** 通过 / 未通过 / 未达到规定人数 */
    outcome: string | null;
  }[];
  /** The free text the meeting carried before minutes had their own document. */
  notes: string | null;
}

export interface MinutesSection {
  heading: string | null;
  paragraphs: string[];
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
// a section starts at a line like "三、议题与决定"
const HEADING = /^[一二三四五六七八九十]{1,3}、\S/;

const DATE_TIME = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** 2026年3月10日 09:00, in Beijing time. */
export const chinaDateTime = (d: Date): string => DATE_TIME.format(d).replace(/\s+/, ' ');

const names = (list: MinutesRecord['attendance']): string => list.map((a) => a.name).join('、') || '无';

function attendanceLines(record: MinutesRecord): string[] {
  const present = record.attendance.filter((a) => a.present);
  const absent = record.attendance.filter((a) => !a.present);
  const chair = present.filter((a) => a.role === 'CHAIR');
  const observers = present.filter((a) => a.role === 'OBSERVER');
  return [
    `主持人：${names(chair)}`,
    `出席：${names(present.filter((a) => a.role === 'MEMBER'))}（共 ${present.length - observers.length} 人）`,
    `列席：${observers.map((a) => (a.observerLabel ? `${a.name}（${a.observerLabel}）` : a.name)).join('、') || '无'}`,
    ...(absent.length ? [`缺席：${names(absent)}`] : []),
  ];
}

function itemLines(record: MinutesRecord): string[] {
  if (!record.items.length) return ['本次会议未提出议题。'];
  return record.items.flatMap((item, i) => [
    `${i + 1}. ${item.title}${item.raisedBy ? `（提出人：${item.raisedBy}）` : ''}${item.track ? `，分类：${item.track}` : ''}`,
    `   议定：${item.decision ?? '待议定'}`,
  ]);
}

function voteLines(record: MinutesRecord): string[] {
  if (!record.votes.length) return ['本次会议无表决事项。'];
  return record.votes.map((v, i) => {
    const attendance = v.present != null ? `应到 ${v.expected ?? '—'} 人，实到 ${v.present} 人；` : '';
    const outcome = v.outcome ? `，${v.outcome}` : '';
    return `${i + 1}. ${v.matter}（${v.step}）：${attendance}赞成 ${v.votesFor} 票，反对 ${v.votesAgainst} 票，弃权 ${v.votesAbstain} 票${outcome}`;
  });
}

/** The draft body: numbered sections a person then edits in one text box. */
export function composeDraft(record: MinutesRecord): string {
  const sections: [string, string[]][] = [
    [
      '会议基本情况',
      [
        `会议名称：${record.title}`,
        `会议类型：${record.kindLabel}`,
        `时间：${chinaDateTime(record.date)}`,
        `地点：${record.place ?? '—'}`,
      ],
    ],
    ['出席情况', attendanceLines(record)],
    ['议题与议定事项', itemLines(record)],
    ['表决情况', voteLines(record)],
    ['其他事项', record.notes ? record.notes.split(/\r?\n/) : ['无。']],
  ];
  return sections.map(([heading, lines], i) => [`${NUMERALS[i]}、${heading}`, ...lines].join('\n')).join('\n\n');
}

/** The body split at its section headings, blank lines dropped: what the .docx and PDF lay out. */
export function sectionsOf(body: string): MinutesSection[] {
  const sections: MinutesSection[] = [];
  let current: MinutesSection = { heading: null, paragraphs: [] };
  for (const line of body.split(/\r?\n/)) {
    if (HEADING.test(line.trim())) {
      if (current.heading || current.paragraphs.length) sections.push(current);
      current = { heading: line.trim(), paragraphs: [] };
    } else if (line.trim()) current.paragraphs.push(line.trimEnd());
  }
  if (current.heading || current.paragraphs.length) sections.push(current);
  return sections;
}

/** What either export prints: the title, a line under it, the sections, and the addenda after publishing. */
export interface MinutesPrintable {
  title: string;
  subtitle: string;
  published: boolean;
  sections: MinutesSection[];
  addenda: { author: string; at: Date; text: string }[];
}

/** The file name both exports share (without its extension): the meeting's title, safe for a file system. */
export const printableFileName = (p: MinutesPrintable): string => p.title.replace(/[\\/:*?"<>|\s]+/g, '_');

/** The heading of an addendum as printed: 补充说明（张三，2026年3月12日 10:00）. */
export const addendumHeading = (a: MinutesPrintable['addenda'][number], i: number): string =>
  `补充说明 ${i + 1}（${a.author}，${chinaDateTime(a.at)}）`;
