import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Principal, TokenError } from '@xiangzhi/auth';
import { unauthenticated } from './errors.js';

/** What every resolver receives: the caller, a request-scoped EntityManager, a logger. */
export interface SubgraphContext {
  principal: Principal | null;
  /** Why a token that was sent did not count (expired, forged), so the client is told to log in again. */
  tokenError: TokenError | null;
  /** The caller's Authorization header as received, forwarded on peer calls (peer.ts). */
  authorization?: string | null;
  /**
   * The caller's network address: the gateway's signed x-xiangzhi-client header, else the socket's (login throttling,
   * audit).
   */
  clientAddress?: string | null;
  em: EntityManager;
  log: Logger;
  requestId: string;
}

export function requirePrincipal(ctx: Pick<SubgraphContext, 'principal' | 'tokenError'>): Principal {
  if (!ctx.principal) throw unauthenticated(ctx.tokenError?.message);
  return ctx.principal;
}
