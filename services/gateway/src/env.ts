import { z } from 'zod';

const pem = z.string().transform((s) => s.replace(/\\n/g, '\n')).refine((s) => s.includes('-----BEGIN'), '需要 PEM 格式的公钥');

/** `name=url` pairs, comma separated: governance=http://127.0.0.1:4001/graphql,… */
const subgraphList = z.string().transform((s, ctx) => {
  const out: { name: string; url: string }[] = [];
  for (const part of s.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [name, url] = part.split('=');
    if (!name || !url || !/^https?:\/\//.test(url)) {
      ctx.addIssue({ code: 'custom', message: `子图配置 "${part}" 应为 名称=URL` });
      return z.NEVER;
    }
    out.push({ name, url });
  }
  return out;
});

export const gatewayEnvSchema = z.object({
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  SUBGRAPHS: subgraphList.prefault('governance=http://127.0.0.1:4001/graphql,meetings=http://127.0.0.1:4002/graphql,points=http://127.0.0.1:4003/graphql'),
  JWT_PUBLIC_KEY: pem,
  GATEWAY_HMAC_SECRET: z.string().min(16, 'GATEWAY_HMAC_SECRET 至少 16 个字符'),
  MAX_DEPTH: z.coerce.number().int().min(2).default(12),
  MAX_COST: z.coerce.number().int().min(100).default(20000),
  COMPOSE_TIMEOUT_MS: z.coerce.number().int().min(0).default(60_000),
  UPSTREAM_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});
export type GatewayEnv = z.infer<typeof gatewayEnvSchema>;
