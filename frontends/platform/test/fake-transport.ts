import { GraphQLRequestError } from '../src/graphql/graphql-error';
import type { GraphQLPayload, TransportRequest } from '../src/graphql/transport';
import type { Account } from '../src/session/session-types';

export const ACCOUNT: Account = {
  id: 'acc-1',
  username: 'secretary_1',
  displayName: '王书记',
  roles: ['VILLAGE_SECRETARY'],
  divisionCode: '430121001001',
  region: { code: '430121001001', name: '一村', level: 'VILLAGE' },
  permissions: ['REGISTER_READ', 'MEETING_READ', 'POINTS_READ'],
  mustChangePassword: false,
  lastLoginAt: null,
};

/**
 * An AuthPayload as the gateway answers in cookie mode (refreshToken "" in JSON, the real one in
 * the cookie); `withToken` answers like a server without cookie support.
 */
export function authPayload(
  field: 'login' | 'refresh' | 'changePassword',
  n: number,
  expiresAt: Date,
  options: { withToken?: boolean; account?: Partial<Account> } = {},
): GraphQLPayload {
  const refreshToken = options.withToken ? `refresh-${n}` : '';
  const account = { ...ACCOUNT, ...options.account };
  return {
    data: { [field]: { accessToken: `access-${n}`, refreshToken, expiresAt: expiresAt.toISOString(), account } },
    errors: [],
  };
}

export function errorPayload(code: string, message = '出错了'): GraphQLPayload {
  return { data: null, errors: [new GraphQLRequestError({ code, message })] };
}

type Handler = (request: TransportRequest) => GraphQLPayload | Promise<GraphQLPayload>;

/** Records every request; answers from the handler. */
export function fakeTransport(handler: Handler) {
  const calls: TransportRequest[] = [];
  const transport = async (request: TransportRequest) => {
    calls.push(request);
    return handler(request);
  };
  return { transport, calls };
}

export function operation(request: TransportRequest): string {
  return /^\s*(?:query|mutation)\s+(\w+)/.exec(request.query)?.[1] ?? 'anonymous';
}
