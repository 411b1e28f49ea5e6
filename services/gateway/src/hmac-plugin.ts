import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { signBody } from '@xiangzhi/auth';

/** Signs the exact body of every upstream request, so a subgraph accepts only what came through here. */
export function useUpstreamSignature(secret: string): GatewayPlugin {
  return {
    onFetch({ options, setOptions }) {
      const body = typeof options.body === 'string' ? options.body : '';
      const headers = new Headers(options.headers as HeadersInit | undefined);
      for (const [k, v] of Object.entries(signBody(secret, body))) headers.set(k, v);
      setOptions({ ...options, headers: Object.fromEntries(headers.entries()) });
    },
  };
}
