import pino, { type Logger } from 'pino';

// GB 11643 ID numbers and mainland mobile numbers; masked wherever they appear in a log line.
const ID_NUMBER = /\b(\d{4})\d{10}(\d{3}[\dXx])\b/g;
const PHONE = /\b(1[3-9]\d)\d{4}(\d{4})\b/g;

export const maskPersonalData = (s: string): string =>
  s.replace(ID_NUMBER, '$1**********$2').replace(PHONE, '$1****$2');

const REDACT_PATHS = [
  'password',
  '*.password',
  'token',
  '*.token',
  'accessToken',
  '*.accessToken',
  'refreshToken',
  '*.refreshToken',
  'idCardNo',
  '*.idCardNo',
  '*.*.idCardNo',
  'phone',
  '*.phone',
  '*.*.phone',
  'req.headers.authorization',
  'headers.authorization',
  'variables',
  '*.variables',
];

const SQLSTATE = /^[0-9A-Z]{5}$/;
/** Fields of a PostgreSQL error that name things, never values (`detail`, `where` and the SQL carry values). */
const DB_ERROR_FIELDS = ['code', 'severity', 'schema', 'table', 'column', 'constraint', 'dataType', 'routine'] as const;

/**
 * True for an error from PostgreSQL, raw (pg) or converted by MikroORM: both carry the SQLSTATE
 * `code`, and their message and `detail` hold the statement with its parameter values inlined.
 */
export function isDatabaseError(e: unknown): e is Error & Partial<Record<(typeof DB_ERROR_FIELDS)[number], string>> {
  if (!(e instanceof Error)) return false;
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' && SQLSTATE.test(code) && ('severity' in e || 'routine' in e || 'sqlState' in e);
}

/** Stack frames only: the first lines of a stack repeat the message. */
const framesOf = (stack = ''): string =>
  stack
    .split('\n')
    .filter((l) => /^\s+at /.test(l))
    .join('\n');

/** What a log line may say about an error: a database error by code, table and constraint only. */
export function describeError(e: Error): Record<string, unknown> {
  if (isDatabaseError(e)) {
    const fields = Object.fromEntries(DB_ERROR_FIELDS.filter((k) => typeof e[k] === 'string').map((k) => [k, e[k]]));
    const where = [e.table, e.constraint ?? e.column].filter(Boolean).join('.');
    return {
      type: e.name,
      message: `database error ${e.code}${where ? ` on ${where}` : ''}`,
      ...fields,
      stack: framesOf(e.stack),
    };
  }
  return { type: e.name, message: maskPersonalData(e.message), stack: maskPersonalData(e.stack ?? '') };
}

function scrub(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskPersonalData(value);
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return describeError(value);
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v, depth + 1)]));
}

/**
 * JSON logs; secrets by key are censored, ID numbers and phones in any string are masked, and a
 * database error is logged by SQLSTATE code, table and constraint, never with the statement's values.
 */
export function createLogger(name: string, level = 'info', destination?: pino.DestinationStream): Logger {
  return pino(
    {
      name,
      level,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      // scrub() below has made errors plain objects; pino's own err serializer would re-label them "Object"
      serializers: { err: (e: unknown) => (e instanceof Error ? describeError(e) : e) },
      formatters: { log: (obj) => scrub(obj) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          const [first, ...rest] = args;
          const masked = rest.map((a) => (typeof a === 'string' ? maskPersonalData(a) : a));
          return method.apply(this, [
            typeof first === 'string' ? maskPersonalData(first) : first,
            ...masked,
          ] as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}
