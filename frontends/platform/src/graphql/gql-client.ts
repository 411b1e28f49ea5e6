import type { SignOutReason } from '../session/session-channel';
import type { Session } from '../session/session-types';
import { GraphQLRequestError } from './graphql-error';
import type { GraphQLPayload, GraphQLTransport, GraphQLVariables } from './transport';
import type { TypedDocument } from './typed-document';

/** What the client needs from the session: SessionStore satisfies it. */
export interface TokenSource {
  getValidAccessToken(): Promise<string | null>;
  refresh(staleAccessToken?: string): Promise<Session | null>;
  logout(reason?: SignOutReason): Promise<void>;
}

export interface RequestOptions {
  signal?: AbortSignal;
}

export interface PartialResult<T> {
  data: T;
  /** Errors for the parts that failed (a subgraph down), shown next to the data. */
  errors: GraphQLRequestError[];
}

export interface GqlClient {
  /** Resolves the data; rejects with the first GraphQLRequestError of any error. */
  request<T, V>(document: TypedDocument<T, V>, variables?: V, options?: RequestOptions): Promise<T>;
  /** Resolves data plus errors when some data came back; rejects only when none did. */
  requestPartial<T, V>(
    document: TypedDocument<T, V>,
    variables?: V,
    options?: RequestOptions,
  ): Promise<PartialResult<T>>;
}

function unauthenticated(payload: GraphQLPayload): boolean {
  return payload.errors.some((error) => error.code === 'UNAUTHENTICATED');
}

export function createGqlClient(deps: { transport: GraphQLTransport; session: TokenSource }): GqlClient {
  const { transport, session } = deps;

  // One retry on UNAUTHENTICATED after a refresh; a second refusal ends the session.
  async function execute(document: { toString(): string }, variables: unknown, options: RequestOptions) {
    const request = { query: document.toString(), variables: variables as GraphQLVariables | undefined };
    const token = await session.getValidAccessToken();
    const first = await transport({ ...request, token, signal: options.signal });
    if (!token || !unauthenticated(first)) return first;
    const renewed = await session.refresh(token);
    if (!renewed) return first;
    const second = await transport({ ...request, token: renewed.accessToken, signal: options.signal });
    if (unauthenticated(second)) void session.logout('expired');
    return second;
  }

  function noData(): GraphQLRequestError {
    return new GraphQLRequestError({ code: 'INVALID_RESPONSE', message: '服务未返回数据' });
  }

  return {
    async request<T, V>(document: TypedDocument<T, V>, variables?: V, options: RequestOptions = {}): Promise<T> {
      const payload = await execute(document, variables, options);
      if (payload.errors.length > 0) throw payload.errors[0];
      if (payload.data === null || payload.data === undefined) throw noData();
      return payload.data as T;
    },
    async requestPartial<T, V>(document: TypedDocument<T, V>, variables?: V, options: RequestOptions = {}) {
      const payload = await execute(document, variables, options);
      if (payload.data === null || payload.data === undefined) throw payload.errors[0] ?? noData();
      return { data: payload.data as T, errors: payload.errors };
    },
  };
}
