/** Codes the client raises itself, next to the server's SCREAMING_SNAKE codes. */
export const CLIENT_ERROR_CODES = ['NETWORK_ERROR', 'HTTP_ERROR', 'INVALID_RESPONSE', 'CLIENT_ERROR'] as const;

export interface GraphQLRequestErrorInit {
  code: string;
  message: string;
  field?: string | null;
  path?: readonly (string | number)[] | null;
  status?: number | null;
}

/** One GraphQL or transport error: `message` is the Chinese text meant for the user. */
export class GraphQLRequestError extends Error {
  readonly code: string;
  readonly field: string | null;
  readonly path: readonly (string | number)[] | null;
  readonly status: number | null;

  constructor(init: GraphQLRequestErrorInit) {
    super(init.message);
    this.name = 'GraphQLRequestError';
    this.code = init.code;
    this.field = init.field ?? null;
    this.path = init.path ?? null;
    this.status = init.status ?? null;
  }
}

export function isGraphQLRequestError(error: unknown): error is GraphQLRequestError {
  return error instanceof GraphQLRequestError;
}

/**
 * Whether a failed refresh means the session is over: the server's definite "no" about the
 * token (UNAUTHENTICATED, INVALID_REFRESH_TOKEN, ...). Anything else (offline, gateway or
 * subgraph down) is transient and keeps the session for a later retry.
 */
export function endsSession(error: GraphQLRequestError): boolean {
  return (
    ['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT'].includes(error.code) ||
    error.code.includes('TOKEN') ||
    error.field === 'refreshToken'
  );
}

export function toGraphQLRequestError(error: unknown): GraphQLRequestError {
  if (isGraphQLRequestError(error)) return error;
  return new GraphQLRequestError({
    code: 'CLIENT_ERROR',
    message: error instanceof Error ? `页面出错：${error.message}` : '页面出错，请刷新后重试',
  });
}
