import { GraphQLError, type ValidationContext } from 'graphql';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';

export enum QueryLimitCode {
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  TOO_MANY_ALIASES = 'TOO_MANY_ALIASES',
  TOO_MANY_TOKENS = 'TOO_MANY_TOKENS',
  TOO_MANY_DIRECTIVES = 'TOO_MANY_DIRECTIVES',
  QUERY_TOO_LARGE = 'QUERY_TOO_LARGE',
}

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  /** Bytes of the query document, checked before it is parsed. */
  maxQueryBytes: number;
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
 * Without a validation context (the token limit counts while parsing) the error is thrown.
 */
function rejectWith(code: QueryLimitCode, message: (actual: number | null) => string): Reject {
  return (context, error) => {
    const refused = new GraphQLError(message(found(error)), { extensions: { code } });
    if (!context) throw refused;
    context.reportError(refused);
  };
}

const refusal = (n: number | null): string => (n === null ? '' : `，本次 ${n} 个`);

/** Refuses an oversized query document before anything parses it (the body limit is far larger: uploads). */
function useQuerySizeLimit(maxQueryBytes: number): GatewayPlugin {
  return {
    onParams({ params, setResult }) {
      const size = typeof params.query === 'string' ? Buffer.byteLength(params.query, 'utf8') : 0;
      if (size <= maxQueryBytes) return;
      setResult({
        errors: [
          new GraphQLError(`查询语句过长：最多 ${Math.floor(maxQueryBytes / 1024)} KB，请精简后再试`, {
            extensions: { code: QueryLimitCode.QUERY_TOO_LARGE },
          }),
        ],
      });
    },
  };
}

const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/** The error without graphql-js's "Did you mean …?" hints, which would reveal hidden names. */
export function withoutSuggestions(e: GraphQLError): GraphQLError {
  if (!e.message.includes('Did you mean')) return e;
  return new GraphQLError(e.message.replace(SUGGESTION, ''), {
    nodes: e.nodes,
    source: e.source,
    positions: e.positions,
    path: e.path,
    originalError: e.originalError,
    extensions: e.extensions,
  });
}

/**
 * graphql-armor masks suggestions in validation errors only; a variable's value is checked while
 * executing ("Value "VILLAG" does not exist in "GridLevel" enum. Did you mean the enum value …?").
 */
function useNoSuggestionsInResults(): GatewayPlugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (!('errors' in result) || !result.errors?.some((e) => e.message.includes('Did you mean'))) return;
          setResult({ ...result, errors: result.errors.map(withoutSuggestions) });
        },
      };
    },
  };
}

/**
 * Size, depth, cost, alias, token and directive limits of every operation, checked before anything reaches a subgraph.
 */
export function useQueryLimits(limits: QueryLimits): GatewayPlugin[] {
  const { maxDepth, maxCost, maxAliases, maxTokens, maxDirectives, maxQueryBytes } = limits;
  return [
    useQuerySizeLimit(maxQueryBytes),
    maxTokensPlugin({
      n: maxTokens,
      propagateOnRejection: false,
      onReject: [
        rejectWith(QueryLimitCode.TOO_MANY_TOKENS, () => `查询语句过长：最多 ${maxTokens} 个词法单元，请精简后再试`),
      ],
    }),
    maxDepthPlugin({
      n: maxDepth,
      ignoreIntrospection: true,
      // a named fragment counts as its fields written in place: the pages' generated documents share fragments
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [
        rejectWith(
          QueryLimitCode.QUERY_TOO_DEEP,
          (n) => `查询嵌套层级过深：最多 ${maxDepth} 层${n === null ? '' : `，本次 ${n} 层`}，请减少嵌套后再试`,
        ),
      ],
    }),
    costLimitPlugin({
      maxCost,
      ignoreIntrospection: true,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [
        rejectWith(
          QueryLimitCode.QUERY_TOO_COMPLEX,
          (n) =>
            `查询过于复杂：复杂度上限 ${maxCost}${n === null ? '' : `，本次 ${n}`}，请减少每页条数或所选字段后再试`,
        ),
      ],
    }),
    maxAliasesPlugin({
      n: maxAliases,
      propagateOnRejection: false,
      onReject: [
        rejectWith(
          QueryLimitCode.TOO_MANY_ALIASES,
          (n) => `查询中的别名过多：最多 ${maxAliases} 个${refusal(n)}，请分成几次查询`,
        ),
      ],
    }),
    maxDirectivesPlugin({
      n: maxDirectives,
      propagateOnRejection: false,
      onReject: [
        rejectWith(
          QueryLimitCode.TOO_MANY_DIRECTIVES,
          (n) => `查询中的指令过多：最多 ${maxDirectives} 个${refusal(n)}，请精简后再试`,
        ),
      ],
    }),
    // "Did you mean …" would spell out the schema to anyone, introspection or not
    blockFieldSuggestionsPlugin({ mask: '' }),
    useNoSuggestionsInResults(),
  ];
}
