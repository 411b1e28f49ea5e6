import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';

/** Below this a response goes as it is: compressing it would cost more than the bytes saved. */
export const COMPRESS_MIN_BYTES = 1024;
const JSON_TYPES = /^application\/(graphql-response\+)?json\b/;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
// brotli's default (quality 11) is for files compressed once; 5 is about gzip's speed and smaller
const BROTLI_OPTIONS = { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } };

/** The encoding to answer with: br when the caller accepts it, else gzip, else none (q=0 refuses). */
export function chooseEncoding(acceptEncoding: string | null): 'br' | 'gzip' | null {
  if (!acceptEncoding) return null;
  const accepted = new Set<string>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.split(';').map((s) => s.trim());
    const q = params.find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name);
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip') || accepted.has('*')) return 'gzip';
  return null;
}

/**
 * Compresses GraphQL answers over COMPRESS_MIN_BYTES for a caller that sends Accept-Encoding
 * (a page of 100 households: ~57 KB as JSON, ~12 KB gzipped). zlib runs on the thread pool, not
 * on the event loop. Only answers: request bodies are not unpacked (no contentEncoding option), so
 * a small upload cannot expand past MAX_BODY_BYTES.
 */
export function useResponseCompression(minBytes = COMPRESS_MIN_BYTES): GatewayPlugin {
  return {
    async onResponse({ request, response, setResponse, fetchAPI }) {
      const encoding = chooseEncoding(request.headers.get('accept-encoding'));
      const type = response.headers.get('content-type') ?? '';
      if (!encoding || !response.body || response.headers.has('content-encoding') || !JSON_TYPES.test(type)) return;
      const declared = Number(response.headers.get('content-length') ?? NaN);
      if (declared < minBytes) return;
      const body = Buffer.from(await response.arrayBuffer());
      const headers = new fetchAPI.Headers(response.headers);
      headers.append('vary', 'Accept-Encoding');
      if (body.length < minBytes) {
        headers.set('content-length', String(body.length));
        setResponse(new fetchAPI.Response(body, { status: response.status, headers }));
        return;
      }
      const packed = encoding === 'br' ? await brotli(body, BROTLI_OPTIONS) : await gzipAsync(body);
      headers.set('content-encoding', encoding);
      headers.set('content-length', String(packed.length));
      setResponse(new fetchAPI.Response(packed, { status: response.status, headers }));
    },
  };
}
