import type { EntityManager } from '@mikro-orm/postgresql';
import { PeerUnavailableError, peerEntityLoader, type PeerContext } from '@xiangzhi/subgraph-kit';
import { KIND_LABEL, ObserverKind, attendanceOfMeetings, type Meeting } from '../meeting/index.js';
import { AgendaTrack, itemsOfMeetings } from '../agenda-item/index.js';
import { DeliberationOutcome, DeliberationRecord, STEP_LABELS } from '../deliberation/index.js';
import type { MinutesRecord } from './minutes.draft.js';

// how an observer is named in the minutes; "other" observers are simply listed under 列席
const OBSERVER_LABELS: Record<ObserverKind, string | null> = {
  [ObserverKind.LIAISON_LEADER]: '包村领导',
  [ObserverKind.WORK_TEAM]: '驻村工作队',
  [ObserverKind.OTHER]: null,
};
const OUTCOME_LABELS: Record<DeliberationOutcome, string | null> = {
  [DeliberationOutcome.PASSED]: '通过',
  [DeliberationOutcome.VOTE_FAILED]: '未通过',
  [DeliberationOutcome.QUORUM_FAILED]: '到会人数不足，未能表决',
  [DeliberationOutcome.DISCLOSED]: null,
};
const TRACK_LABELS: Record<AgendaTrack, string> = {
  [AgendaTrack.VILLAGE]: '村级自办',
  [AgendaTrack.MAJOR_PUBLIC]: '公共重大',
  [AgendaTrack.HIGHER_LEVEL]: '上级协调',
};

/** Cadre names by id, as the caller may see them in governance; an empty map when governance is down. */
export type CadreNames = (ids: string[]) => Promise<Map<string, string>>;

/** Asks governance once per request (the caller's token, so governance's scoping decides what is visible). */
export const cadreNames =
  (ctx: PeerContext): CadreNames =>
  async (ids) => {
    const loader = peerEntityLoader<{ id: string; name: string }>(ctx, 'governance', 'Cadre', 'id name');
    try {
      const found = await loader.loadMany([...new Set(ids)]);
      return new Map(found.flatMap((c) => (c && !(c instanceof Error) ? [[c.id, c.name] as const] : [])));
    } catch (e) {
      // a draft is still worth having with placeholders; the drafter fills the names in
      if (e instanceof PeerUnavailableError) return new Map();
      throw e;
    }
  };

/** What the lower modules hold of one meeting (attendance, items, votes), in the words the minutes print. */
export async function loadRecord(em: EntityManager, meeting: Meeting, names: CadreNames): Promise<MinutesRecord> {
  const [attendanceBy, itemsBy, votes] = await Promise.all([
    attendanceOfMeetings(em, [meeting.id]),
    itemsOfMeetings(em, [meeting.id]),
    // every 四议两公开 vote taken at this meeting, a later-returned one too: it was still taken here
    em.find(
      DeliberationRecord,
      { meetingId: meeting.id },
      { populate: ['deliberation'], orderBy: { occurredAt: 'asc', id: 'asc' } },
    ),
  ]);
  const attendance = attendanceBy.get(meeting.id) ?? [];
  const items = itemsBy.get(meeting.id) ?? [];
  const cadreIds = [
    ...attendance.flatMap((a) => (a.cadreId ? [a.cadreId] : [])),
    ...items.flatMap((i) => (i.raisedByCadreId ? [i.raisedByCadreId] : [])),
  ];
  const known = cadreIds.length ? await names(cadreIds) : new Map<string, string>();
  const nameOf = (cadreId: string | null, name: string | null): string =>
    name ?? (cadreId ? (known.get(cadreId) ?? '（姓名待补）') : '（姓名待补）');
  return {
    title: meeting.title,
    kindLabel: KIND_LABEL[meeting.kind],
    date: meeting.date,
    place: meeting.place,
    attendance: attendance.map((a) => ({
      name: nameOf(a.cadreId, a.name),
      role: a.role,
      observerLabel: a.observerKind ? OBSERVER_LABELS[a.observerKind] : null,
      present: a.present,
    })),
    items: items.map((i) => ({
      title: i.title,
      raisedBy: i.raisedByName ?? (i.raisedByCadreId ? nameOf(i.raisedByCadreId, null) : null),
      track: TRACK_LABELS[i.track],
      decision: i.decision,
    })),
    votes: votes.map((v) => ({
      matter: v.deliberation.$.title,
      step: STEP_LABELS[v.step],
      present: v.presentCount,
      expected: v.expectedCount,
      votesFor: v.votesFor ?? 0,
      votesAgainst: v.votesAgainst ?? 0,
      votesAbstain: v.votesAbstain ?? 0,
      outcome: OUTCOME_LABELS[v.outcome],
    })),
    notes: meeting.minutes,
  };
}
