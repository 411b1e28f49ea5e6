import type { DocumentNode, ExecutionResult, FieldNode } from 'graphql';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { fieldsOf, operationOf, responseKey } from './graphql-document.js';

/** A browser client asks for cookie sessions with this header (a form or a foreign page cannot set it). */
export const SESSION_HEADER = 'x-xiangzhi-session';
export const REFRESH_COOKIE = 'xz_refresh';
const MAX_AGE_S = 30 * 24 * 3600;
/** Mutations whose payload carries a new refresh token, and those that take one. */
const ISSUING = new Set(['login', 'refresh', 'changePassword']);
const TAKING = new Set(['refresh', 'logout']);

export interface CookieOptions {
  /** The GraphQL endpoint's path: the cookie goes nowhere else. */
  path: string;
  secure: boolean;
}

function readCookie(header: string | null, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim() || null;
  }
  return null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Response keys of `refreshToken` in a payload selection, aliases included (an alias must not smuggle it out). */
const tokenKeys = (field: FieldNode, doc: DocumentNode): string[] =>
  fieldsOf(field.selectionSet, doc)
    .filter((f) => f.name.value === 'refreshToken')
    .map(responseKey);

/**
 * Keeps the refresh token out of reach of page scripts for clients that send `x-xiangzhi-session:
 * cookie`: a new token is moved from the answer into an httpOnly, SameSite=Strict cookie on the
 * GraphQL path, `refresh`/`logout` without a `$refreshToken` get the cookie's, and `logout` clears
 * it. Clients without the header (API clients) keep the token in the body as before.
 */
export function useRefreshCookie(o: CookieOptions): GatewayPlugin {
  const attributes = `HttpOnly; SameSite=Strict; Path=${o.path}${o.secure ? '; Secure' : ''}`;
  const toSet = new WeakMap<Request, string[]>();
  return {
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      if (!request || request.headers.get(SESSION_HEADER) !== 'cookie') return undefined;
      const op = operationOf(args.document, args.operationName);
      if (op?.operation !== 'mutation') return undefined;
      const roots = fieldsOf(op.selectionSet, args.document);
      const declares = op.variableDefinitions?.some((v) => v.variable.name.value === 'refreshToken') ?? false;
      if (declares && roots.some((f) => TAKING.has(f.name.value)) && args.variableValues?.refreshToken == null) {
        const saved = readCookie(request.headers.get('cookie'), REFRESH_COOKIE);
        if (saved) args.variableValues = { ...args.variableValues, refreshToken: saved };
      }
      return {
        onExecuteDone({ result, setResult }) {
          if (!('data' in result) && !('errors' in result)) return; // a stream: sessions never are
          const cookies: string[] = [];
          if (roots.some((f) => f.name.value === 'logout'))
            cookies.push(`${REFRESH_COOKIE}=; ${attributes}; Max-Age=0`);
          const answer = result as ExecutionResult;
          const data = isRecord(answer.data) ? { ...answer.data } : null;
          for (const field of data ? roots.filter((f) => ISSUING.has(f.name.value)) : []) {
            const payload = data?.[responseKey(field)];
            if (!data || !isRecord(payload)) continue;
            const moved = { ...payload };
            for (const key of tokenKeys(field, args.document)) {
              const token = moved[key];
              if (typeof token !== 'string' || !token) continue;
              cookies.push(`${REFRESH_COOKIE}=${token}; ${attributes}; Max-Age=${MAX_AGE_S}`);
              moved[key] = '';
            }
            data[responseKey(field)] = moved;
          }
          if (!cookies.length) return;
          toSet.set(request, cookies);
          if (data) setResult({ ...answer, data });
        },
      };
    },
    onResponse({ request, response }) {
      for (const cookie of toSet.get(request) ?? []) response.headers.append('set-cookie', cookie);
    },
  };
}
