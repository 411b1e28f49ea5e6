import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { CLIENT_HEADER, signRequest } from '@xiangzhi/auth';

/**
 * Signs every upstream request as it leaves (method, path, the Authorization and client-address
 * headers, the body, a timestamp and a nonce), so a subgraph accepts only what came through here,
 * unaltered and once. Runs after header propagation, so it signs the headers actually sent.
 */
export function useUpstreamSignature(secret: string): GatewayPlugin {
  return {
    onFetch({ url, options, setOptions }) {
      const body = typeof options.body === 'string' ? options.body : '';
      const headers = new Headers(options.headers as HeadersInit | undefined);
      const { pathname, search } = new URL(url);
      const signed = {
        method: options.method ?? 'GET',
        path: pathname + search,
        authorization: headers.get('authorization'),
        client: headers.get(CLIENT_HEADER),
        body,
      };
      for (const [k, v] of Object.entries(signRequest(secret, signed))) headers.set(k, v);
      setOptions({ ...options, headers: Object.fromEntries(headers.entries()) });
    },
  };
}
