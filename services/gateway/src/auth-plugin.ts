import { GraphQLError, Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { TokenError, bearerToken, type TokenVerifier } from '@xiangzhi/auth';

/** What a caller without a valid token may do: log in, refresh, and ask for `__typename`. */
const OPEN_FIELDS = new Set(['login', 'refresh', '__typename']);

function operationOf(doc: DocumentNode, name?: string | null): OperationDefinitionNode | undefined {
  const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return name ? ops.find((o) => o.name?.value === name) : ops[0];
}

function onlyOpenFields(op: OperationDefinitionNode): boolean {
  return op.selectionSet.selections.every((s) => s.kind === Kind.FIELD && OPEN_FIELDS.has(s.name.value));
}

/**
 * Verifies the bearer token before anything is sent to a subgraph. Without a valid token a
 * request sees only `login` / `refresh`; subgraphs verify the same token again for scoping.
 */
export function useTokenGate(verifier: TokenVerifier): GatewayPlugin {
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const ctx = args.contextValue as { request?: Request };
      const token = bearerToken(ctx.request?.headers.get('authorization'));
      let failure: TokenError | null = null;
      if (token) {
        try { await verifier.verify(token); return; }
        catch (e) { failure = e instanceof TokenError ? e : new TokenError('INVALID'); }
      }
      const op = operationOf(args.document, args.operationName);
      if (op && onlyOpenFields(op)) return;
      setResultAndStopExecution({
        errors: [new GraphQLError(failure?.message ?? '请先登录', { extensions: { code: 'UNAUTHENTICATED' } })],
      });
    },
  };
}
