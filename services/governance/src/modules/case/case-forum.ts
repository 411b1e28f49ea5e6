import type { EntityManager } from '@mikro-orm/postgresql';
import {
  MeetingsEventType,
  RejectedEventError,
  agendaItemRaisedSchema,
  type AgendaItemCaseLinked,
  type AgendaItemRaised,
  type EventEnvelope,
  type EventHandler,
} from '@xiangzhi/events';
import { isUuid } from '@xiangzhi/subgraph-kit';
import { Case } from './case.entity.js';
import { CaseLink } from './case-timeline.entity.js';
import { CaseDomain, CaseKind, CaseLevel, CaseSource } from './case.enums.js';
import { TITLE_MAX } from './case.service.js';
import { afterChange } from './case-after.js';
import { caseCodes, createCase, linkSource } from './case-create.js';
import { preloadLimits } from './time-limit.service.js';
import { agendaItemCaseLinked } from '../../events/governance-events.js';
import { Household } from '../household/index.js';
import { Region } from '../region/index.js';

/*
 * 说事 → 办事: a forum item (meetings' AgendaItemRaised) becomes a village-level case in the item's village, or
 * joins the case it names (`linkCaseId`, when that case lies in the village); the answer (AgendaItemCaseLinked)
 * goes to the outbox in the same transaction, also when governance refuses the item. The whole batch is read
 * in a few statements first (`prepareForumItems`), so a batch costs the same number of statements at any size.
 */

const NOT_IN_VILLAGE = '要关联的民情事项不存在或不在该村';
const NO_VILLAGE = '说事会所在的村不存在';
/** The name shown as the case's raiser when the recording account is unknown here. */
const FORUM_RAISER = '党群说事会';

/** What a batch of forum items needs, read once per transaction. */
interface Batch {
  now: Date;
  villages: Set<string>;
  households: Map<string, Household>;
  /** The cases items name (linkCaseId). */
  cases: Map<string, Case>;
  /** Items already taken (a case made from them or linked to them): by agenda item id. */
  taken: Map<string, Case>;
  names: Map<string, string>;
  /** Cases this batch creates or changes: the flush gives them their next version. */
  touched: Set<Case>;
  nextCode: (() => string) | null;
}
const batches = new WeakMap<EntityManager, Batch>();

const itemsOf = (events: EventEnvelope[]): AgendaItemRaised[] =>
  events.flatMap((e) => {
    if (e.type !== MeetingsEventType.AGENDA_ITEM_RAISED) return [];
    const parsed = agendaItemRaisedSchema.safeParse(e.payload);
    return parsed.success ? [parsed.data] : [];
  });
const unique = <T>(values: (T | null)[]): T[] => [...new Set(values.filter((v): v is T => v !== null))];

/** Reads what the batch's forum items need: villages, households, named cases, earlier takes, raisers' names. */
export async function prepareForumItems(tx: EntityManager, events: EventEnvelope[]): Promise<void> {
  const items = itemsOf(events);
  const batch: Batch = {
    now: new Date(),
    villages: new Set(),
    households: new Map(),
    cases: new Map(),
    taken: new Map(),
    names: new Map(),
    touched: new Set(),
    nextCode: null,
  };
  batches.set(tx, batch);
  if (!items.length) return;
  const villageCodes = unique(items.map((i) => i.villageCode));
  const householdIds = unique(items.map((i) => i.householdId));
  const caseIds = unique(items.map((i) => i.linkCaseId));
  for (const r of await tx.find(Region, { code: { $in: villageCodes } })) batch.villages.add(r.code);
  if (householdIds.length)
    for (const h of await tx.find(Household, { id: { $in: householdIds } })) batch.households.set(h.id, h);
  if (caseIds.length) for (const c of await tx.find(Case, { id: { $in: caseIds } })) batch.cases.set(c.id, c);
  const itemIds = { $in: items.map((i) => i.agendaItemId) };
  const links = await tx.find(
    CaseLink,
    { source: CaseSource.FORUM, sourceId: itemIds },
    { populate: ['case'], strategy: 'joined' },
  );
  for (const l of links) batch.taken.set(l.sourceId, l.case);
  const accounts = unique(items.map((i) => i.raisedByAccountId));
  const names = await tx
    .getConnection()
    .execute<{ id: string; display_name: string | null; username: string }[]>(
      `select id, display_name, username from account where id in (${accounts.map(() => '?').join(', ')})`,
      accounts,
    );
  for (const a of names) batch.names.set(a.id, a.display_name || a.username);
  if (items.some((i) => !i.linkCaseId && !batch.taken.has(i.agendaItemId))) {
    batch.nextCode = await caseCodes(tx, batch.now);
    await preloadLimits(tx, villageCodes);
  }
}

/** The case's version once this transaction's flush has written it (one flush, one increment; a new row is 1). */
function versionAfter(tx: EntityManager, batch: Batch, c: Case): number {
  if (!tx.getUnitOfWork().getOriginalEntityData(c)) return 1;
  return batch.touched.has(c) ? c.version + 1 : c.version;
}

function answer(tx: EntityManager, agendaItemId: string, batch: Batch, c: Case, created: boolean): void {
  agendaItemCaseLinked(tx, {
    agendaItemId,
    caseId: c.id,
    created,
    status: c.status,
    satisfaction: c.satisfaction,
    version: versionAfter(tx, batch, c),
    refusal: null,
  });
}

function refuse(tx: EntityManager, agendaItemId: string, refusal: string): void {
  const payload: AgendaItemCaseLinked = {
    agendaItemId,
    caseId: null,
    created: false,
    status: null,
    satisfaction: null,
    version: null,
    refusal: refusal.slice(0, 200),
  };
  agendaItemCaseLinked(tx, payload);
}

/** An item that does not parse: answered with the reason when it carries an id, else rejected for good. */
function refuseMalformed(tx: EntityManager, event: EventEnvelope): void {
  const parsed = agendaItemRaisedSchema.safeParse(event.payload);
  const issues = parsed.error?.issues.slice(0, 3).map((i) => `${i.path.join('.')} ${i.message}`) ?? [];
  const id = event.payload.agendaItemId;
  if (typeof id !== 'string' || !isUuid(id)) throw new RejectedEventError(`说事内容无效：${issues.join('；')}`);
  refuse(tx, id, `说事内容无效：${issues.join('；')}`);
}

/** Takes one forum item (the batch was prepared; a handler called alone prepares its own). */
export const takeForumItem: EventHandler = async (tx, event) => {
  if (!batches.has(tx)) await prepareForumItems(tx, [event]);
  const batch = batches.get(tx)!;
  const parsed = agendaItemRaisedSchema.safeParse(event.payload);
  if (!parsed.success) return refuseMalformed(tx, event);
  const item = parsed.data;
  const earlier = batch.taken.get(item.agendaItemId);
  if (earlier) {
    // the same item sent again: the answer it had, nothing changes
    const created = earlier.source === CaseSource.FORUM && earlier.sourceId === item.agendaItemId;
    return answer(tx, item.agendaItemId, batch, earlier, created);
  }
  if (!batch.villages.has(item.villageCode)) return refuse(tx, item.agendaItemId, NO_VILLAGE);
  const actor = {
    name: batch.names.get(item.raisedByAccountId) ?? FORUM_RAISER,
    accountId: item.raisedByAccountId,
  };
  if (item.linkCaseId) {
    const c = batch.cases.get(item.linkCaseId);
    if (!c || c.villageCode !== item.villageCode) return refuse(tx, item.agendaItemId, NOT_IN_VILLAGE);
    const note = `党群说事会：${Array.from(item.title).slice(0, TITLE_MAX).join('')}`;
    linkSource(tx, c, { source: CaseSource.FORUM, sourceId: item.agendaItemId, note }, actor, batch.now);
    c.agendaItemId ??= item.agendaItemId;
    batch.touched.add(c);
    batch.taken.set(item.agendaItemId, c);
    return answer(tx, item.agendaItemId, batch, c, false);
  }
  const found = item.householdId ? batch.households.get(item.householdId) : undefined;
  const household = found?.villageCode === item.villageCode ? found : null;
  const fields = {
    title: Array.from(item.title.trim()).slice(0, TITLE_MAX).join('') || FORUM_RAISER,
    description: item.description,
    source: CaseSource.FORUM,
    sourceId: item.agendaItemId,
    kind: CaseKind[item.kind],
    domain: CaseDomain[item.domain],
    household,
    grid: household?.grid ?? null,
    place: null,
    villageCode: item.villageCode,
    // the village committee decides a forum item (说事、议事 at the village)
    level: CaseLevel.VILLAGE,
    raisedBy: actor.name,
    raisedByAccountId: actor.accountId,
    onBehalf: false,
    agendaItemId: item.agendaItemId,
  };
  const c = createCase(tx, fields, batch.nextCode!(), batch.now);
  await afterChange(tx, c, batch.now, null, []);
  batch.taken.set(item.agendaItemId, c);
  answer(tx, item.agendaItemId, batch, c, true);
};
