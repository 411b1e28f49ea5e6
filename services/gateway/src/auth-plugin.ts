import { BREAK, GraphQLError, Kind, visit, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import {
  ACTION_REFUSALS,
  Action,
  TokenError,
  bearerToken,
  can,
  type Principal,
  type TokenVerifier,
} from '@xiangzhi/auth';
import { operationOf } from './graphql-document.js';

/**
 * What a caller without a valid token may do: log in, refresh or end a session, ask for `__typename`,
 * and use the public pages (the villager's QR order page: its household code is the key, and the
 * subgraph rate-limits it per code and per client address).
 */
const OPEN_FIELDS = new Set([
  'login',
  'refresh',
  'logout',
  '__typename',
  'publicVillagePage',
  'publicHousehold',
  'publicServiceOrders',
  'placeServiceOrder',
  'ratePublicServiceOrder',
  'objectToCase',
]);

export type IntrospectionMode = 'admin' | 'off';

function onlyOpenFields(op: OperationDefinitionNode): boolean {
  return op.selectionSet.selections.every((s) => s.kind === Kind.FIELD && OPEN_FIELDS.has(s.name.value));
}

/** `__schema` or `__type` anywhere in the document (fragments included); `__typename` is not introspection. */
function asksForSchema(doc: DocumentNode): boolean {
  let found = false;
  visit(doc, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

const refuse = (message: string, code: string) => ({ errors: [new GraphQLError(message, { extensions: { code } })] });

/**
 * Verifies the bearer token before anything is sent to a subgraph. Without a valid token a
 * request sees only `login` / `refresh` / `logout`; subgraphs verify the same token again for
 * scoping. The gateway answers introspection itself, so it decides here who may introspect.
 */
export function useTokenGate(verifier: TokenVerifier, introspection: IntrospectionMode): GatewayPlugin {
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const ctx = args.contextValue as { request?: Request };
      const token = bearerToken(ctx.request?.headers.get('authorization'));
      let failure: TokenError | null = null;
      let principal: Principal | null = null;
      if (token) {
        try {
          principal = await verifier.verify(token);
        } catch (e) {
          failure = e instanceof TokenError ? e : new TokenError('INVALID');
        }
      }
      if (!principal) {
        const op = operationOf(args.document, args.operationName);
        if (op && onlyOpenFields(op)) return;
        setResultAndStopExecution(refuse(failure?.message ?? '请先登录', 'UNAUTHENTICATED'));
        return;
      }
      if (!asksForSchema(args.document)) return;
      if (introspection === 'off') {
        setResultAndStopExecution(refuse('接口结构查询（introspection）已关闭', 'INTROSPECTION_DISABLED'));
      } else if (!can(principal, Action.INTROSPECT)) {
        setResultAndStopExecution(refuse(ACTION_REFUSALS[Action.INTROSPECT], 'FORBIDDEN'));
      }
    },
  };
}
