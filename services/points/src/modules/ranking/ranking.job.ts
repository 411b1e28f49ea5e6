import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { AppError } from '@xiangzhi/subgraph-kit';
import { ObjectionStatus, Ranking, RankingObjection, RankingStatus } from './ranking.entity.js';
import { publishInTransaction } from './ranking.service.js';

/** The pg-boss job that publishes rankings whose objection window has ended (every 10 minutes, China time). */
export const RANKING_PUBLISH_JOB = 'points-ranking-publish';
export const RANKING_PUBLISH_CRON = '*/10 * * * *';

export interface PublishDueResult {
  published: number;
  /** Left for the office: an objection still undecided, or the ledger changed since the ranking was computed. */
  waiting: number;
}

/**
 * Publishes every shown ranking whose window has ended, each in its own transaction with the ranking row
 * locked (a second runner or an admin publishing at the same moment waits, then finds it published).
 */
export async function publishDueRankings(em: EntityManager, now = new Date()): Promise<PublishDueResult> {
  const due = await em.find(
    Ranking,
    { status: RankingStatus.OBJECTION, objectionEndsAt: { $lte: now } },
    { fields: ['id'] },
  );
  const result: PublishDueResult = { published: 0, waiting: 0 };
  for (const { id } of due) {
    // a stale ranking throws inside, so the transaction (and the month's freeze) rolls back
    const outcome = await em
      .fork()
      .transactional(async (tx) => {
        const ranking = await tx.findOne(Ranking, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (ranking?.status !== RankingStatus.OBJECTION) return 'done';
        if (await tx.count(RankingObjection, { rankingId: id, status: ObjectionStatus.PENDING })) return 'waiting';
        await publishInTransaction(tx, ranking, null);
        return 'published';
      })
      .catch((e: unknown) => {
        if (e instanceof AppError) return 'waiting';
        throw e;
      });
    if (outcome === 'published') result.published += 1;
    if (outcome === 'waiting') result.waiting += 1;
  }
  return result;
}
