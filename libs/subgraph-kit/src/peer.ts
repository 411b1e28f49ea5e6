import type DataLoader from 'dataloader';
import type { Logger } from 'pino';
import { signRequest } from '@xiangzhi/auth';
import { AppError } from './errors.js';
import { requestLoader } from './loaders.js';

/** Another subgraph this one asks: its GraphQL URL and the shared secret every call is signed with. */
export interface PeerTarget {
  url: string;
  secret: string;
  /** How long one call may take (default PEER_TIMEOUT_MS). */
  timeoutMs?: number;
}

/**
 * What a peer call needs of the request context: the targets (from `contextExtras: { peers }`) and
 * the caller's Authorization header (set by startSubgraph), forwarded so the owner scopes by the same caller.
 */
export interface PeerContext {
  peers?: Readonly<Record<string, PeerTarget | undefined>>;
  authorization?: string | null;
  requestId?: string;
  log?: Logger;
}

export const PEER_TIMEOUT_MS = 5_000;
export const PEER_UNAVAILABLE = 'PEER_UNAVAILABLE';

const PEER_LABELS: Record<string, string> = { governance: '基层治理服务', meetings: '会议服务', points: '积分服务' };

/** The other subgraph could not answer (down, slow, refused the call): nothing is decided without it. */
export class PeerUnavailableError extends AppError {
  constructor(
    readonly peer: string,
    readonly reason: string,
  ) {
    super(PEER_UNAVAILABLE, `${PEER_LABELS[peer] ?? '相关服务'}（${peer}）暂时无法访问，无法核对相关数据，请稍后再试`);
    this.name = 'PeerUnavailableError';
  }
}

export interface PeerAnswer<T> {
  data: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** One signed GraphQL call to another subgraph, as the caller (their Authorization header). */
export async function callPeer<T>(
  ctx: PeerContext,
  peer: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<PeerAnswer<T>> {
  const target = ctx.peers?.[peer];
  const fail = (reason: string): PeerUnavailableError => {
    ctx.log?.warn({ peer, reason }, 'peer call failed');
    return new PeerUnavailableError(peer, reason);
  };
  if (!target) throw fail('no URL configured');
  const body = JSON.stringify({ query, variables });
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (ctx.authorization) headers.authorization = ctx.authorization;
  if (ctx.requestId) headers['x-request-id'] = ctx.requestId;
  const url = new URL(target.url);
  const signed = { method: 'POST', path: url.pathname + url.search, authorization: ctx.authorization, body };
  Object.assign(headers, signRequest(target.secret, signed));
  let res: Response;
  try {
    const signal = AbortSignal.timeout(target.timeoutMs ?? PEER_TIMEOUT_MS);
    res = await fetch(url, { method: 'POST', headers, body, signal });
  } catch (e) {
    throw fail(e instanceof Error ? e.message : String(e));
  }
  if (!res.ok) throw fail(`HTTP ${res.status}`);
  const answer = (await res.json().catch(() => null)) as PeerAnswer<T> | null;
  // e.g. the owner refused the caller outright: decide nothing on a partial view
  if (!answer || answer.data == null)
    throw fail(`no data: ${JSON.stringify(answer?.errors?.map((e) => e.extensions?.code) ?? [])}`);
  return answer;
}

/**
 * Entities another subgraph owns, by id, through its `_entities` field: the owner's reference
 * resolver answers, so its own scoping decides. Null: no such entity, or the caller may not see it.
 * A per-request loader, so every id of one request costs one call together.
 */
export function peerEntityLoader<E extends { id: string }>(
  ctx: PeerContext,
  peer: string,
  typename: string,
  selection: string,
): DataLoader<string, E | null> {
  const query = `query PeerEntities($r: [_Any!]!) {
    _entities(representations: $r) { ... on ${typename} { ${selection} } }
  }`;
  return requestLoader(
    ctx,
    `peer:${peer}:${typename}:${selection}`,
    async (ids) => {
      const representations = ids.map((id) => ({ __typename: typename, id }));
      const answer = await callPeer<{ _entities: (E | null)[] }>(ctx, peer, query, { r: representations });
      const found = new Map<string, E | null>();
      answer.data?._entities.forEach((e, i) => found.set(ids[i]!, e && e.id ? e : null));
      return found;
    },
    null as E | null,
  );
}
