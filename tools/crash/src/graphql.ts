import { setTimeout as sleep } from 'node:timers/promises';
import { signRequest } from '@xiangzhi/auth';

/** A GraphQL error the service meant (a refusal, a conflict): not a crash to ride out. */
export class RefusedError extends Error {
  constructor(
    readonly operation: string,
    readonly code: string | undefined,
    detail: string,
  ) {
    super(`${operation} refused (${code ?? 'no code'}): ${detail}`);
    this.name = 'RefusedError';
  }
}

interface GraphqlAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * One caller of a subgraph, as the gateway sends its requests (signed, with the caller's token). The
 * service's URL is read on every request: a restarted process keeps its address, but a test may move it.
 */
export class SignedClient {
  constructor(
    private readonly url: () => string,
    private readonly hmacSecret: string,
    private readonly token: string,
  ) {}

  /**
   * The answer's data, or null when the request did not get through (the service is down, the connection
   * was cut, an internal error): the caller sends it again. A refusal throws RefusedError.
   */
  async tryRequest<T>(operation: string, query: string, variables: Record<string, unknown>): Promise<T | null> {
    const body = JSON.stringify({ query, variables });
    const authorization = `Bearer ${this.token}`;
    let json: GraphqlAnswer<T>;
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
      if (!res.ok && res.status !== 400) return null;
      json = (await res.json()) as GraphqlAnswer<T>;
    } catch {
      return null;
    }
    const error = json.errors?.[0];
    if (error) {
      const code = error.extensions?.code;
      // the peer a service asks (governance, for meetings and points) may be down as well: retried
      if (code === 'INTERNAL_SERVER_ERROR' || code === 'PEER_UNAVAILABLE') return null;
      throw new RefusedError(operation, code, JSON.stringify(json.errors));
    }
    return json.data ?? null;
  }

  /** Sends the request until it gets through (set-up steps; a refusal still throws). */
  async request<T>(operation: string, query: string, variables: Record<string, unknown>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const data = await this.tryRequest<T>(operation, query, variables);
      if (data) return data;
      if (attempt >= 100) throw new Error(`${operation} did not get through in ${attempt} attempts`);
      await sleep(200);
    }
  }
}
