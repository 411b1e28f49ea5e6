import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlClient } from '@xiangzhi/testing';
import type { RunningGateway } from '../src/gateway.js';
import { startStack, type Stack } from './stack.js';
import { demoFacts } from './demo-facts.js';

// Someone on the network between the gateway and a subgraph records what passes and tries to reuse it.
interface Captured {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** Records every request on its way to `target`; while holding, records without passing it on. */
async function startRecorder(
  target: string,
): Promise<{ url: string; seen: Captured[]; hold: boolean; close(): Promise<void> }> {
  const state = { seen: [] as Captured[], hold: false };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const captured = {
        method: req.method ?? 'POST',
        url: req.url ?? '/',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      state.seen.push(captured);
      if (state.hold) {
        res.writeHead(503).end();
        return;
      }
      void replay(target, captured).then(
        async (answer) => {
          res.writeHead(answer.status, { 'content-type': 'application/json' }).end(await answer.text());
        },
        () => res.writeHead(502).end(),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return Object.assign(state, {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  });
}

/** Sends a recorded request again, to `target`, with some headers changed. */
function replay(target: string, c: Captured, change: Record<string, string> = {}): Promise<Response> {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(c.headers)) {
    if (typeof v === 'string' && !['host', 'connection', 'content-length', 'transfer-encoding'].includes(k))
      headers[k] = v;
  }
  return fetch(target, { method: c.method, headers: { ...headers, ...change }, body: c.body });
}

const codeOf = async (res: Response): Promise<unknown> =>
  ((await res.json()) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code;

let stack: Stack;
let facts: ReturnType<typeof demoFacts>;
let recorder: Awaited<ReturnType<typeof startRecorder>>;
let gateway: RunningGateway;
let governanceUrl: string;

beforeAll(async () => {
  stack = await startStack({ services: ['governance'] });
  facts = demoFacts(stack.data);
  governanceUrl = stack.subgraph('governance').url;
  recorder = await startRecorder(governanceUrl);
  gateway = await stack.startGateway({ SUBGRAPHS: `governance=${recorder.url}` });
});
afterAll(async () => {
  await gateway?.stop();
  await recorder?.close();
  await stack?.stop();
});

const tokenOf = async (username: string): Promise<string> => (await stack.signer.sign(facts.principal(username))).token;
const ME = '{ me { username } }';

describe('a captured gateway→subgraph request', () => {
  it('cannot be reused with another Authorization header or client address, and only once as it was', async () => {
    recorder.hold = true;
    try {
      await graphqlClient(gateway.url, { token: await tokenOf('secretary_1') }).request(ME);
    } finally {
      recorder.hold = false;
    }
    const captured = recorder.seen.at(-1) as Captured;
    expect(captured.body).toContain('me');

    const county = await replay(governanceUrl, captured, { authorization: `Bearer ${await tokenOf('county_admin')}` });
    expect(county.status).toBe(401);
    expect(await codeOf(county)).toBe('INVALID_SIGNATURE');
    const elsewhere = await replay(governanceUrl, captured, { 'x-xiangzhi-client': '198.51.100.23' });
    expect(elsewhere.status).toBe(401);
    const otherPath = await replay(governanceUrl.replace(/\/graphql$/, '/graphql?x=1'), captured);
    expect(otherPath.status).toBe(401);

    // the capture itself was valid: the subgraph answers it the first time (it never saw it) …
    const first = await replay(governanceUrl, captured);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ data: { me: { username: 'secretary_1' } } });
    // … and never again
    const again = await replay(governanceUrl, captured);
    expect(again.status).toBe(401);
    expect(await codeOf(again)).toBe('REPLAYED_REQUEST');
  });

  it('is refused when replayed after the gateway delivered it', async () => {
    const res = await graphqlClient(gateway.url, { token: await tokenOf('secretary_1') }).request<{
      me: { username: string };
    }>(ME);
    expect(res.data?.me.username).toBe('secretary_1');
    const replayed = await replay(governanceUrl, recorder.seen.at(-1) as Captured);
    expect(replayed.status).toBe(401);
    expect(await codeOf(replayed)).toBe('REPLAYED_REQUEST');
  });
});

describe('the client address the gateway signs', () => {
  it('is the caller’s socket address, whatever the caller claims', async () => {
    await graphqlClient(gateway.url, {
      headers: { 'x-xiangzhi-client': '6.6.6.6', 'x-forwarded-for': '6.6.6.6' },
    }).request('{ __typename }');
    const logins = graphqlClient(gateway.url, { headers: { 'x-xiangzhi-client': '6.6.6.6' } });
    await logins.request('mutation { login(username: "nobody", password: "x") { accessToken } }');
    expect(recorder.seen.at(-1)?.headers['x-xiangzhi-client']).toBe('127.0.0.1');
  });

  it('is the last untrusted X-Forwarded-For hop behind a trusted proxy', async () => {
    const proxied = await stack.startGateway({ SUBGRAPHS: `governance=${recorder.url}`, TRUSTED_PROXIES: '127.0.0.1' });
    try {
      const client = graphqlClient(proxied.url, { headers: { 'x-forwarded-for': '6.6.6.6, 203.0.113.9' } });
      await client.request('mutation { login(username: "nobody", password: "x") { accessToken } }');
      expect(recorder.seen.at(-1)?.headers['x-xiangzhi-client']).toBe('203.0.113.9');
    } finally {
      await proxied.stop();
    }
  });
});
