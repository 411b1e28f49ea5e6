import type { SignedClient } from './graphql.js';
import { RetryingWorkload } from './workload.js';

export interface VisitTarget {
  householdId: string;
  cadreId: string;
}

const RECORD = 'mutation($i: RecordVisitInput!) { recordVisit(input: $i) { id } }';

/**
 * Visits recorded through governance's API, one per job. A cut request is sent again: it may have been
 * committed, so the tests count visits in the database.
 */
export function visitWorkload(total: number, governance: SignedClient, targets: VisitTarget[]): RetryingWorkload {
  return new RetryingWorkload(total, async (n) => {
    const t = targets[n % targets.length]!;
    const i = {
      householdId: t.householdId,
      cadreIds: [t.cadreId],
      method: 'IN_PERSON',
      living: `压测走访第 ${n + 1} 次`,
    };
    const data = await governance.tryRequest<{ recordVisit: { id: string } }>('recordVisit', RECORD, { i });
    return Boolean(data?.recordVisit.id);
  });
}
