import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Case,
  CaseDomain,
  CaseKind,
  CaseLevel,
  CaseSource,
  CaseStatus,
  type SatisfactionRating,
} from '../src/modules/case/index.js';

let n = 0;

/** A case written straight to the table, as the ledger would have left it (the figures only read). */
export interface CaseRow {
  village: string;
  grid?: string | null;
  level?: CaseLevel;
  status?: CaseStatus;
  raisedAt: Date;
  closedAt?: Date | null;
  resolvedAt?: Date | null;
  dueAt?: Date | null;
  satisfaction?: SatisfactionRating | null;
  alert?: 'NONE' | 'YELLOW' | 'RED';
  escalationCount?: number;
  returnCount?: number;
  title?: string;
  place?: string | null;
}

export function insertCases(em: EntityManager, rows: readonly CaseRow[]): Case[] {
  return rows.map((r) => {
    const level = r.level ?? (r.grid ? CaseLevel.GRID : CaseLevel.VILLAGE);
    const divisionCode =
      level === CaseLevel.TOWNSHIP
        ? r.village.slice(0, 9)
        : level === CaseLevel.COUNTY
          ? r.village.slice(0, 6)
          : r.village;
    return em.create(Case, {
      code: `MQ20261101-${String(++n).padStart(4, '0')}`,
      title: r.title ?? `事项 ${n}`,
      description: '测试事项',
      source: CaseSource.VISIT,
      kind: CaseKind.DEMAND,
      domain: CaseDomain.LIVELIHOOD,
      villageCode: r.village,
      grid: r.grid ?? null,
      place: r.place ?? '村委会门前',
      level,
      originLevel: r.grid ? CaseLevel.GRID : CaseLevel.VILLAGE,
      divisionCode,
      status: r.status ?? (r.closedAt ? CaseStatus.CLOSED : CaseStatus.IN_PROGRESS),
      raisedBy: '测试员',
      raisedAt: r.raisedAt,
      lastActivityAt: r.closedAt ?? r.raisedAt,
      closedAt: r.closedAt ?? null,
      resolvedAt: r.resolvedAt ?? null,
      dueAt: r.dueAt ?? null,
      satisfaction: r.satisfaction ?? null,
      alert: (r.alert ?? 'NONE') as Case['alert'],
      escalationCount: r.escalationCount ?? 0,
      returnCount: r.returnCount ?? 0,
    } as never);
  });
}

/** An instant given as China local time: `cn('2026-11-03 09:00')`. */
export const cn = (local: string): Date => new Date(`${local.replace(' ', 'T')}:00+08:00`);
