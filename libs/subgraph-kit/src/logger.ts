import pino, { type Logger } from 'pino';

// GB 11643 ID numbers and mainland mobile numbers; masked wherever they appear in a log line.
const ID_NUMBER = /\b(\d{4})\d{10}(\d{3}[\dXx])\b/g;
const PHONE = /\b(1[3-9]\d)\d{4}(\d{4})\b/g;

export const maskPersonalData = (s: string): string =>
  s.replace(ID_NUMBER, '$1**********$2').replace(PHONE, '$1****$2');

const REDACT_PATHS = [
  'password', '*.password', 'token', '*.token', 'accessToken', '*.accessToken', 'refreshToken', '*.refreshToken',
  'idCardNo', '*.idCardNo', '*.*.idCardNo', 'phone', '*.phone', '*.*.phone',
  'req.headers.authorization', 'headers.authorization', 'variables', '*.variables',
];

function scrub(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskPersonalData(value);
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return { type: value.name, message: maskPersonalData(value.message), stack: maskPersonalData(value.stack ?? '') };
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v, depth + 1)]));
}

/** JSON logs; secrets by key are censored, ID numbers and phones in any string are masked. */
export function createLogger(name: string, level = 'info', destination?: pino.DestinationStream): Logger {
  return pino(
    {
      name,
      level,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      formatters: { log: (obj) => scrub(obj) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          const [first, ...rest] = args;
          const masked = rest.map((a) => (typeof a === 'string' ? maskPersonalData(a) : a));
          return method.apply(this, [typeof first === 'string' ? maskPersonalData(first) : first, ...masked] as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}
