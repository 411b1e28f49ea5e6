import { CLIENT_HEADER, signRequest } from '@xiangzhi/auth';

export interface GraphqlClientOptions {
  /** Access token, sent as `Authorization: Bearer …`. */
  token?: string;
  /** Gateway HMAC secret: signs the request (method, path, Authorization, client address, body) as the gateway does. */
  hmacSecret?: string;
  headers?: Record<string, string>;
}

export interface GraphqlError {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: Record<string, unknown>;
}

export interface GraphqlResponse<T> {
  data: T | null;
  errors?: GraphqlError[];
  /** HTTP status, for tests of 400/401 answers. */
  status: number;
}

export interface GraphqlClient {
  request<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphqlResponse<T>>;
  /** The same client with another (or no) token, e.g. after login. */
  withToken(token: string | undefined): GraphqlClient;
}

interface GraphqlBody {
  data?: unknown;
  errors?: GraphqlError[];
}

const isBody = (value: unknown): value is GraphqlBody =>
  typeof value === 'object' && value !== null && ('data' in value || 'errors' in value);

/** A minimal GraphQL-over-HTTP client for tests (global fetch, POST JSON). */
export function graphqlClient(url: string, options: GraphqlClientOptions = {}): GraphqlClient {
  return {
    async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<GraphqlResponse<T>> {
      const body = JSON.stringify({ query, variables });
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        accept: 'application/json',
        ...options.headers,
      };
      if (options.token) headers.authorization = `Bearer ${options.token}`;
      if (options.hmacSecret) {
        const { pathname, search } = new URL(url);
        const signed = {
          method: 'POST',
          path: pathname + search,
          authorization: headers.authorization,
          client: headers[CLIENT_HEADER],
          body,
        };
        Object.assign(headers, signRequest(options.hmacSecret, signed));
      }
      const response = await fetch(url, { method: 'POST', headers, body });
      const text = await response.text();
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
      if (!isBody(parsed)) {
        // a non-GraphQL answer (proxy error, plain 401) becomes an error the test can assert on
        return {
          data: null,
          errors: [
            {
              message: `HTTP ${response.status}: ${text.slice(0, 500)}`,
              extensions: { code: `HTTP_${response.status}` },
            },
          ],
          status: response.status,
        };
      }
      return {
        data: (parsed.data ?? null) as T | null,
        ...(parsed.errors ? { errors: parsed.errors } : {}),
        status: response.status,
      };
    },
    withToken: (token) => graphqlClient(url, { ...options, token }),
  };
}
