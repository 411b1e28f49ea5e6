import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from './stack.js';

// What a phone on a slow link receives: the household list of a county admin, 100 rows at once.
let stack: Stack;
let token: string;

const HUNDRED = '{ households(first: 100) { edges { node { id address headName memberCount villageCode } } } }';

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** POSTs with node:http, so the body arrives as sent (fetch would unpack it). */
function post(query: string, acceptEncoding?: string): Promise<RawAnswer> {
  const body = JSON.stringify({ query });
  return new Promise((resolve, reject) => {
    const req = request(
      stack.gateway.url,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const rows = (json: Buffer): number =>
  (JSON.parse(json.toString('utf8')) as { data: { households: { edges: unknown[] } } }).data.households.edges.length;

beforeAll(async () => {
  stack = await startStack({ services: ['governance'] });
  const login = await stack.client.request<{ login: { accessToken: string } }>(
    'mutation { login(username: "county_admin", password: "Xiangzhi@2026") { accessToken } }',
  );
  token = login.data?.login.accessToken ?? '';
});
afterAll(async () => stack?.stop());

describe('compressed answers', () => {
  it('gzips a 100-household page for a caller that accepts gzip: smaller, the same JSON once unpacked', async () => {
    const plain = await post(HUNDRED);
    const zipped = await post(HUNDRED, 'gzip, deflate');
    expect(zipped.status).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(String(zipped.headers.vary)).toMatch(/accept-encoding/i);
    expect(rows(plain.body)).toBe(100);
    expect(zipped.body.length).toBeLessThan(plain.body.length / 3);
    expect(gunzipSync(zipped.body).toString('utf8')).toBe(plain.body.toString('utf8'));
  });

  it('answers uncompressed JSON when the caller sends no Accept-Encoding', async () => {
    const plain = await post(HUNDRED);
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(rows(plain.body)).toBe(100);
  });

  it('prefers brotli when accepted, and leaves a small answer as it is', async () => {
    const br = await post(HUNDRED, 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(rows(brotliDecompressSync(br.body))).toBe(100);
    const small = await post('{ __typename }', 'gzip, br');
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString('utf8'))).toEqual({ data: { __typename: 'Query' } });
  });
});
