// 'graphql/index.js', not 'graphql': the package has no exports map, so Node loads index.js while Vite
// (vitest) would pick index.mjs — a second copy whose instanceof checks fail on type-graphql's types.
import { GraphQLError, GraphQLScalarType, type ValueNode } from 'graphql/index.js';
import { DateTimeResolver } from 'graphql-scalars';

/** Instants outside these years are typing mistakes in a register of living people and current work. */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2199;

export const DATE_TIME_MESSAGE =
  '日期时间无效：应为带时区的 ISO 8601 格式（如 2026-03-01T09:30:00+08:00），' +
  `须是实际存在的日期和时刻，年份在 ${EARLIEST_YEAR}–${LATEST_YEAR} 之间`;

/** True for a calendar day that exists, written YYYY-MM-DD (no 2026-02-30, no 2026-13-01). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function inRange(d: Date): Date {
  const year = d.getUTCFullYear();
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) throw new GraphQLError(DATE_TIME_MESSAGE);
  return d;
}

/** graphql-scalars' checks (RFC 3339, real days and times: no 02-30, no 24:61), Chinese messages, sane years. */
function strict(parse: () => unknown): Date {
  let d: unknown;
  try {
    d = parse();
  } catch {
    throw new GraphQLError(DATE_TIME_MESSAGE);
  }
  if (!(d instanceof Date) || Number.isNaN(d.getTime())) throw new GraphQLError(DATE_TIME_MESSAGE);
  return inRange(d);
}

/**
 * The `DateTime` scalar of every subgraph: the name, description and output of graphql-scalars'
 * DateTime (the committed SDL does not change), stricter and in Chinese on input.
 */
export const StrictDateTime = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  parseValue: (value: unknown) => strict(() => DateTimeResolver.parseValue(value)),
  parseLiteral: (ast: ValueNode, variables?: Record<string, unknown> | null) =>
    strict(() => DateTimeResolver.parseLiteral(ast, variables)),
});
