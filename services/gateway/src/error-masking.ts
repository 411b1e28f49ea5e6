import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { withoutSuggestions } from './limits-plugin.js';

export const SUBGRAPH_UNAVAILABLE = 'SUBGRAPH_UNAVAILABLE';

/** What the subgraphs hold, in the words of the people who use them. */
const SUBGRAPH_LABELS: Record<string, string> = {
  governance: '基层治理服务',
  meetings: '会议服务',
  points: '积分服务',
};

/**
 * By name, not instanceof: the runtime may load another copy of graphql (CommonJS vs ESM build)
 * than this file, as GraphQL Yoga itself allows for.
 */
const isGraphqlError = (e: unknown): e is GraphQLError => e instanceof Error && e.name === 'GraphQLError';

const serviceNameOf = (e: GraphQLError): string | null =>
  typeof e.extensions?.serviceName === 'string' ? e.extensions.serviceName : null;

/**
 * The subgraph a request could not reach (refused, reset, timed out): the gateway wraps such a
 * failure in GraphQLErrors naming the subgraph, around an error that is not a GraphQL one.
 */
function unreachableSubgraph(error: unknown): { name: string; cause: string } | null {
  let name: string | null = null;
  let current: unknown = error;
  while (isGraphqlError(current)) {
    name ??= serviceNameOf(current);
    if (current.originalError == null) return null;
    current = current.originalError;
  }
  return name && current instanceof Error ? { name, cause: current.message } : null;
}

/** A GraphQL error raised as such (validation, a subgraph's own coded error): safe to show. */
function isOriginalGraphqlError(error: unknown): error is GraphQLError {
  if (!isGraphqlError(error)) return false;
  return error.originalError == null || isOriginalGraphqlError(error.originalError);
}

/**
 * Replaces the runtime's "Unexpected error." masking: a subgraph that cannot be reached is named
 * (its part of the answer is null, the rest still arrives); anything else unexpected is logged
 * and shown as a Chinese internal error. Upstream URLs and request bodies never reach the client.
 */
export function maskGatewayError(log: Logger) {
  return (error: unknown): Error => {
    const path = isGraphqlError(error) ? error.path : undefined;
    const down = unreachableSubgraph(error);
    if (down) {
      log.warn({ subgraph: down.name, cause: down.cause, path }, 'subgraph unreachable');
      const label = SUBGRAPH_LABELS[down.name] ?? '子图';
      return new GraphQLError(`${label}（${down.name}）暂时无法访问，这部分数据未能返回，请稍后再试`, {
        path,
        extensions: { code: SUBGRAPH_UNAVAILABLE, serviceName: down.name },
      });
    }
    // the Rust planner (GATEWAY_RUNTIME=router) checks variables outside the execute hooks: strip hints here too
    if (isOriginalGraphqlError(error)) return withoutSuggestions(error);
    log.error({ err: error, path }, 'unexpected gateway error');
    return new GraphQLError('服务器内部错误，请稍后再试', { path, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  };
}
