import { z } from 'zod';

const pem = z
  .string()
  .transform((s) => s.replace(/\\n/g, '\n'))
  .refine((s) => s.includes('-----BEGIN'), '需要 PEM 格式的公钥');

/** `name=url` pairs, comma separated: governance=http://127.0.0.1:4001/graphql,… */
const subgraphList = z.string().transform((s, ctx) => {
  const out: { name: string; url: string }[] = [];
  for (const part of s
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [name, url] = part.split('=');
    if (!name || !url || !/^https?:\/\//.test(url)) {
      ctx.addIssue({ code: 'custom', message: `子图配置 "${part}" 应为 名称=URL` });
      return z.NEVER;
    }
    out.push({ name, url });
  }
  return out;
});

/** Origins allowed to call from a browser page of another origin: `https://a.example,https://b.example`. */
const originList = z.string().transform((s, ctx) => {
  const out = s
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  for (const o of out) {
    if (!URL.canParse(o) || new URL(o).origin !== o) {
      ctx.addIssue({
        code: 'custom',
        message: `CORS_ORIGINS 中的 "${o}" 应为来源，如 https://portal.example.cn（无路径、无末尾斜杠）`,
      });
      return z.NEVER;
    }
  }
  return out;
});

const list = z.string().transform((s) =>
  s
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean),
);

export const gatewayEnvSchema = z.object({
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  SUBGRAPHS: subgraphList.prefault(
    'governance=http://127.0.0.1:4001/graphql,meetings=http://127.0.0.1:4002/graphql,points=http://127.0.0.1:4003/graphql',
  ),
  JWT_PUBLIC_KEY: pem,
  GATEWAY_HMAC_SECRET: z.string().min(16, 'GATEWAY_HMAC_SECRET 至少 16 个字符'),
  MAX_DEPTH: z.coerce.number().int().min(2).default(12),
  MAX_COST: z.coerce.number().int().min(100).default(20000),
  COMPOSE_TIMEOUT_MS: z.coerce.number().int().min(0).default(60_000),
  UPSTREAM_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  MAX_ALIASES: z.coerce.number().int().min(1).default(15),
  MAX_TOKENS: z.coerce.number().int().min(100).default(3000),
  MAX_DIRECTIVES: z.coerce.number().int().min(1).default(10),
  /** Whole request body; the Excel import sends its file (≤ 18 MB) base64-encoded in GraphQL variables. */
  MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(25 * 1024 * 1024),
  /** The query document alone, refused before it is parsed. */
  MAX_QUERY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(100 * 1024),
  /** Empty: same-origin pages only (the static server proxies /graphql). */
  CORS_ORIGINS: originList.prefault(''),
  /** `admin`: only the system administrator may introspect; `off`: nobody. */
  INTROSPECTION: z.enum(['admin', 'off']).default('admin'),
  /** Reverse proxies whose X-Forwarded-For is believed for the caller's address; empty: the socket address. */
  TRUSTED_PROXIES: list.prefault(''),
  /** Adds `Secure` to the refresh-token cookie (set it wherever the site is served over HTTPS). */
  COOKIE_SECURE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /** Query planner: `router` = Hive Router's Rust planner (@graphql-hive/router-runtime), `default` = the JS one. */
  GATEWAY_RUNTIME: z.enum(['default', 'router']).default('default'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});
export type GatewayEnv = z.infer<typeof gatewayEnvSchema>;
