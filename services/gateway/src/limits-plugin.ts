import { GraphQLError, type ValidationContext } from 'graphql';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';

export enum QueryLimitCode {
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
}

type Reject = (context: ValidationContext | null, error: GraphQLError) => void;

/** The number graphql-armor found ("… exceeded, found 14."), when it says. */
const found = (error: GraphQLError): number | null => {
  const m = /found (\d+)/.exec(error.message);
  return m ? Number(m[1]) : null;
};

/**
 * Reports a refused query as a validation error with a code and a Chinese message. graphql-armor
 * would throw its own English "Syntax Error: …" (and ignore `errorMessage` while it exposes limits).
 */
function rejectWith(code: QueryLimitCode, message: (actual: number | null) => string): Reject {
  return (context, error) => {
    const refused = new GraphQLError(message(found(error)), { extensions: { code } });
    if (!context) throw refused;
    context.reportError(refused);
  };
}

/** Depth and cost limits of every operation, checked before anything is sent to a subgraph. */
export function useQueryLimits(limits: { maxDepth: number; maxCost: number }): GatewayPlugin[] {
  const { maxDepth, maxCost } = limits;
  return [
    maxDepthPlugin({
      n: maxDepth,
      ignoreIntrospection: true,
      propagateOnRejection: false,
      onReject: [rejectWith(QueryLimitCode.QUERY_TOO_DEEP, (n) =>
        `查询嵌套层级过深：最多 ${maxDepth} 层${n === null ? '' : `，本次 ${n} 层`}，请减少嵌套后再试`)],
    }),
    costLimitPlugin({
      maxCost,
      ignoreIntrospection: true,
      propagateOnRejection: false,
      onReject: [rejectWith(QueryLimitCode.QUERY_TOO_COMPLEX, (n) =>
        `查询过于复杂：复杂度上限 ${maxCost}${n === null ? '' : `，本次 ${n}`}，请减少每页条数或所选字段后再试`)],
    }),
  ];
}
