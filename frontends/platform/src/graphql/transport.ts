import { GraphQLRequestError } from './graphql-error';

export type GraphQLVariables = Record<string, unknown>;

export interface TransportRequest {
  query: string;
  variables?: GraphQLVariables;
  token?: string | null;
  signal?: AbortSignal;
  /** Login, refresh, logout, password change: the gateway keeps the refresh token in a cookie. */
  cookieSession?: boolean;
}

/** Asks the gateway for cookie mode: the refresh token in an httpOnly cookie, never in JSON. */
export const SESSION_HEADER = 'x-xiangzhi-session';

/** `data` may be present together with `errors`: one subgraph down gives partial data. */
export interface GraphQLPayload {
  data: unknown;
  errors: GraphQLRequestError[];
}

export type GraphQLTransport = (request: TransportRequest) => Promise<GraphQLPayload>;

export interface FetchTransportOptions {
  endpoint?: string;
  fetch?: typeof fetch;
}

interface RawError {
  message?: unknown;
  path?: unknown;
  extensions?: { code?: unknown; field?: unknown };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function toError(raw: unknown, status: number): GraphQLRequestError {
  const error: RawError = isRecord(raw) ? raw : {};
  const extensions = isRecord(error.extensions) ? error.extensions : {};
  const code =
    typeof extensions.code === 'string'
      ? extensions.code
      : status === 401
        ? 'UNAUTHENTICATED'
        : 'INTERNAL_SERVER_ERROR';
  const path = Array.isArray(error.path)
    ? error.path.filter((part): part is string | number => typeof part === 'string' || typeof part === 'number')
    : null;
  return new GraphQLRequestError({
    code,
    message: typeof error.message === 'string' ? error.message : '服务出错，请稍后重试',
    field: typeof extensions.field === 'string' ? extensions.field : null,
    path,
    status,
  });
}

function httpError(status: number): GraphQLRequestError {
  if (status === 401)
    return new GraphQLRequestError({ code: 'UNAUTHENTICATED', message: '登录已过期，请重新登录', status });
  return new GraphQLRequestError({
    code: 'HTTP_ERROR',
    message: `服务暂时不可用（HTTP ${status}），请稍后重试`,
    status,
  });
}

/** POSTs to the gateway; never throws for GraphQL errors, only returns them (and aborts). */
export function createFetchTransport(options: FetchTransportOptions = {}): GraphQLTransport {
  const endpoint = options.endpoint ?? '/graphql';
  return async ({ query, variables, token, signal, cookieSession }) => {
    const doFetch = options.fetch ?? fetch;
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    if (cookieSession) headers[SESSION_HEADER] = 'cookie';
    let response: Response;
    try {
      const body = JSON.stringify({ query, variables });
      response = await doFetch(endpoint, { method: 'POST', headers, body, signal, credentials: 'same-origin' });
    } catch (error) {
      if (signal?.aborted) throw error;
      return {
        data: null,
        errors: [new GraphQLRequestError({ code: 'NETWORK_ERROR', message: '网络连接失败，请检查网络后重试' })],
      };
    }
    const text = await response.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      const error = response.ok
        ? new GraphQLRequestError({
            code: 'INVALID_RESPONSE',
            message: '服务返回了无法识别的数据',
            status: response.status,
          })
        : httpError(response.status);
      return { data: null, errors: [error] };
    }
    const record = isRecord(body) ? body : {};
    const errors = Array.isArray(record.errors) ? record.errors.map((raw) => toError(raw, response.status)) : [];
    if (errors.length === 0 && !response.ok) errors.push(httpError(response.status));
    return { data: record.data ?? null, errors };
  };
}
