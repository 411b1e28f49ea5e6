import { setTimeout as sleep } from 'node:timers/promises';
import { signRequest } from '@xiangzhi/auth';

export interface VisitTarget {
  householdId: string;
  cadreId: string;
}

const RECORD = 'mutation($i: RecordVisitInput!) { recordVisit(input: $i) { id } }';

/**
 * Records visits through governance's GraphQL API as the gateway would send them (signed, with the
 * caller's token), `concurrency` at a time. A request that fails (the service is down, the
 * connection is cut) is sent again until it succeeds: a cut request may still have been committed,
 * so the tests count visits in the database, never requests.
 */
export class VisitRecorder {
  recorded = 0;
  failures = 0;
  private next = 0;
  private readonly waiters: { n: number; resolve: () => void }[] = [];

  constructor(
    private readonly url: () => string,
    private readonly hmacSecret: string,
    private readonly token: string,
    private readonly targets: VisitTarget[],
  ) {}

  /** Records `total` visits; resolves when all have succeeded. */
  async run(total: number, concurrency = 8): Promise<void> {
    const worker = async (): Promise<void> => {
      for (;;) {
        const n = this.next++;
        if (n >= total) return;
        const target = this.targets[n % this.targets.length]!;
        while (!(await this.record(n, target))) {
          this.failures++;
          await sleep(200);
        }
        this.recorded++;
        for (const w of this.waiters.filter((x) => this.recorded >= x.n)) {
          w.resolve();
          this.waiters.splice(this.waiters.indexOf(w), 1);
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
  }

  /** Resolves once `n` visits have been recorded. */
  reached(n: number): Promise<void> {
    if (this.recorded >= n) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ n, resolve }));
  }

  private async record(n: number, t: VisitTarget): Promise<boolean> {
    const body = JSON.stringify({
      query: RECORD,
      variables: {
        i: { householdId: t.householdId, cadreIds: [t.cadreId], method: 'IN_PERSON', living: `压测走访第 ${n + 1} 次` },
      },
    });
    const authorization = `Bearer ${this.token}`;
    try {
      const res = await fetch(`${this.url()}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization,
          ...signRequest(this.hmacSecret, { method: 'POST', path: '/graphql', authorization, body }),
        },
        body,
        signal: AbortSignal.timeout(20_000),
      });
      if (!res.ok) return false;
      const json = (await res.json()) as {
        data?: { recordVisit?: { id: string } } | null;
        errors?: { message: string; extensions?: { code?: string } }[];
      };
      if (json.errors?.length) {
        // a refusal is a bug in the test, not a crash to ride out: fail loudly
        const code = json.errors[0]!.extensions?.code;
        if (code !== 'INTERNAL_SERVER_ERROR') throw new Error(`recordVisit refused: ${JSON.stringify(json.errors)}`);
        return false;
      }
      return Boolean(json.data?.recordVisit?.id);
    } catch (e) {
      if (e instanceof Error && e.message.startsWith('recordVisit refused')) throw e;
      return false;
    }
  }
}
