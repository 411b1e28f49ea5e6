import type { EntityManager } from '@mikro-orm/postgresql';
import type { DemoDataset } from '@xiangzhi/testing';
import type { FieldCrypto } from '../../pii/field-crypto.js';
import { demoUuid } from '../territory/index.js';
import { Case } from './case.entity.js';
import { CaseTimelineEntry } from './case-timeline.entity.js';
import {
  CaseCloseType,
  CaseDomain,
  CaseKind,
  CaseLevel,
  CaseSource,
  CaseStatus,
  SatisfactionRating,
} from './case.enums.js';
import { divisionOfLevel, levelAbove } from './case-rules.js';
import { Cadre } from '../cadre/index.js';
import { applyClock } from './case-clock.js';

const DAY_MS = 24 * 60 * 60 * 1000;

interface DemoCase {
  title: string;
  description: string;
  kind: CaseKind;
  domain: CaseDomain;
  source: CaseSource;
  daysAgo: number;
  /** The steps taken so far, by whom: the secretary (S), the grid leader (G), the township (T), the cadre (C). */
  steps: [string, 'S' | 'G' | 'T' | 'C', string?][];
}

const CASES: DemoCase[] = [
  {
    title: '想了解危房改造补助政策',
    description: '户主反映房屋屋顶漏雨，想了解危房改造补助政策和申请办法。',
    kind: CaseKind.DEMAND,
    domain: CaseDomain.LIVELIHOOD,
    source: CaseSource.VISIT,
    daysAgo: 1,
    steps: [],
  },
  {
    title: '通组公路路面破损',
    description: '三组通组公路约200米路面破损，雨天积水，村民出行不便。',
    kind: CaseKind.PROBLEM,
    domain: CaseDomain.INFRASTRUCTURE,
    source: CaseSource.PATROL,
    daysAgo: 6,
    steps: [['ACCEPT', 'S']],
  },
  {
    title: '柑橘销路不畅',
    description: '今年柑橘丰收，收购商压价，希望帮助对接电商平台销售。',
    kind: CaseKind.DEMAND,
    domain: CaseDomain.INDUSTRY,
    source: CaseSource.FORUM,
    daysAgo: 9,
    steps: [
      ['ACCEPT', 'S'],
      ['ASSIGN', 'S'],
      ['START', 'C'],
    ],
  },
  {
    title: '低保复核申请',
    description: '家中老人重病住院，收入下降，申请低保复核。',
    kind: CaseKind.DEMAND,
    domain: CaseDomain.LIVELIHOOD,
    source: CaseSource.HOTLINE,
    daysAgo: 12,
    steps: [
      ['ACCEPT', 'G'],
      ['ESCALATE', 'G', '低保复核需村民代表评议，报村里办理'],
    ],
  },
  {
    title: '邻里宅基地边界纠纷',
    description: '两户因宅基地边界发生争执，请求村里调解。',
    kind: CaseKind.PROBLEM,
    domain: CaseDomain.GOVERNANCE,
    source: CaseSource.VISIT,
    daysAgo: 20,
    steps: [
      ['ACCEPT', 'S'],
      ['ASSIGN', 'S'],
      ['START', 'C'],
      ['RESOLVE', 'C'],
      ['FEEDBACK', 'C'],
      ['CLOSE', 'S'],
    ],
  },
];

const NEXT: Record<string, CaseStatus> = {
  ACCEPT: CaseStatus.ACCEPTED,
  ASSIGN: CaseStatus.ASSIGNED,
  START: CaseStatus.IN_PROGRESS,
  ESCALATE: CaseStatus.ESCALATED,
  RESOLVE: CaseStatus.RESOLVED,
  FEEDBACK: CaseStatus.CONFIRMED,
  CLOSE: CaseStatus.CLOSED,
};

/**
 * The case module's part of the demo data: a few cases of the first demo village (secretary_1's) in
 * various states, with their timelines. A hand-written fixture (no referenceDate) gets none.
 */
export async function loadCaseDemo(em: EntityManager, data: DemoDataset, _crypto: FieldCrypto): Promise<void> {
  if (!data.referenceDate) return;
  const secretary = data.accounts.find((a) => a.username === 'secretary_1');
  if (!secretary) return;
  const villageCode = secretary.divisionCode;
  const township = data.accounts.find(
    (a) => a.roles.includes('TOWNSHIP_ADMIN') && villageCode.startsWith(a.divisionCode),
  );
  const households = data.households.filter((h) => h.villageCode === villageCode);
  const cadre = data.cadres.find((c) => c.divisionCode === villageCode && c.id !== secretary.cadreId);
  const leader = data.accounts.find((a) => a.roles.includes('GRID_LEADER') && a.divisionCode === villageCode);
  const names = {
    S: secretary.displayName,
    G: leader?.displayName ?? secretary.displayName,
    T: township?.displayName ?? '乡镇',
    C: cadre?.name ?? secretary.displayName,
  };
  const now = Date.now();
  for (const [i, d] of CASES.entries()) {
    const household = households[(i * 7) % households.length];
    if (!household) return;
    const raisedAt = new Date(now - d.daysAgo * DAY_MS);
    const level = household.gridId ? CaseLevel.GRID : CaseLevel.VILLAGE;
    const c = em.create(Case, {
      id: demoUuid(`case:${i}`),
      code: `MQ${raisedAt.toISOString().slice(0, 10).replaceAll('-', '')}-${String(9001 + i)}`,
      title: d.title,
      description: d.description,
      source: d.source,
      kind: d.kind,
      domain: d.domain,
      household: household.id,
      villageCode,
      grid: household.gridId ?? null,
      level,
      originLevel: level,
      divisionCode: villageCode,
      status: CaseStatus.REPORTED,
      raisedBy: leader?.displayName ?? secretary.displayName,
      raisedByAccountId: leader?.id ?? secretary.id,
      onBehalf: d.source === CaseSource.VISIT,
      raisedAt,
      lastActivityAt: raisedAt,
    });
    const log = (action: string, at: Date, actor: string, reason: string | null, from: CaseStatus | null) =>
      em.create(CaseTimelineEntry, {
        case: c,
        action,
        fromStatus: from,
        toStatus: c.status,
        fromLevel: from ? c.level : null,
        toLevel: c.level,
        actorName: actor,
        at,
        reason,
      });
    log('RAISED', raisedAt, names.G, null, null);
    for (const [n, [action, who, reason]] of d.steps.entries()) {
      const at = new Date(raisedAt.getTime() + (n + 1) * DAY_MS);
      const from = c.status;
      c.status = NEXT[action]!;
      if (action === 'ASSIGN' && cadre) c.responsible = em.getReference(Cadre, cadre.id);
      if (action === 'ESCALATE') {
        c.level = levelAbove(c.level) ?? c.level;
        c.divisionCode = divisionOfLevel(villageCode, c.level);
        c.escalationCount += 1;
      }
      if (action === 'RESOLVE')
        Object.assign(c, {
          closeType: CaseCloseType.RESOLVED,
          result: '经村调解委员会调解，双方达成协议',
          resolvedAt: at,
        });
      if (action === 'FEEDBACK')
        Object.assign(c, { satisfaction: SatisfactionRating.SATISFIED, feedback: '调解及时，满意' });
      if (action === 'CLOSE') Object.assign(c, { closedAt: at, objectionUntil: new Date(at.getTime() + 7 * DAY_MS) });
      c.lastActivityAt = at;
      log(action, at, names[who], reason ?? null, from);
    }
    await applyClock(em, c, new Date(now));
  }
  await em.flush();
}
