import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { verifyRequest } from '@xiangzhi/auth';
import { PeerUnavailableError, callPeer, peerEntityLoader, type PeerContext } from './peer.js';

const SECRET = 'peer-test-secret-0123456789';
interface Seen {
  signedOk: boolean;
  authorization?: string;
  body: { query: string; variables: { r?: { __typename: string; id: string }[] } };
}
let seen: Seen[] = [];
let status = 200;
let server: Server;
let url: string;

const read = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve) => {
    let s = '';
    req.on('data', (c: Buffer) => {
      s += c.toString();
    });
    req.on('end', () => resolve(s));
  });

beforeAll(async () => {
  server = createServer((req, res) => {
    void read(req).then((raw) => {
      const authorization = req.headers.authorization;
      const check = verifyRequest(
        SECRET,
        { method: req.method ?? '', path: req.url ?? '/', authorization, body: raw },
        req.headers,
      );
      const body = JSON.parse(raw) as Seen['body'];
      seen.push({ signedOk: check.ok, authorization, body });
      // answers like a subgraph's `_entities`: ids starting with "a" exist, the others resolve to null
      const entities = (body.variables.r ?? []).map((r) =>
        r.id.startsWith('a') ? { id: r.id, divisionCode: '430999001001' } : null,
      );
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(status === 200 ? { data: { _entities: entities } } : { errors: [{ message: 'no' }] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  seen = [];
  status = 200;
});

const ctx = (over: Partial<PeerContext> = {}): PeerContext => ({
  peers: { governance: { url, secret: SECRET } },
  authorization: 'Bearer caller-token',
  ...over,
});

describe('callPeer', () => {
  it('signs the call as the gateway would and forwards the caller’s Authorization', async () => {
    await callPeer(ctx(), 'governance', '{ __typename }', {});
    expect(seen).toEqual([expect.objectContaining({ signedOk: true, authorization: 'Bearer caller-token' })]);
  });
  it('calls the other subgraph unreachable when it is not configured, refuses or cannot be reached', async () => {
    await expect(callPeer(ctx({ peers: {} }), 'governance', '{ __typename }', {})).rejects.toBeInstanceOf(
      PeerUnavailableError,
    );
    status = 401;
    await expect(callPeer(ctx(), 'governance', '{ __typename }', {})).rejects.toMatchObject({
      code: 'PEER_UNAVAILABLE',
      message: expect.stringContaining('基层治理服务'),
    });
    await expect(
      callPeer(
        ctx({ peers: { governance: { url: 'http://127.0.0.1:1/graphql', secret: SECRET } } }),
        'governance',
        '{ __typename }',
        {},
      ),
    ).rejects.toBeInstanceOf(PeerUnavailableError);
  });
});

describe('peerEntityLoader', () => {
  it('asks once for every id of a request, and gives null for an entity the owner does not return', async () => {
    const c = ctx();
    const load = (id: string) =>
      peerEntityLoader<{ id: string; divisionCode: string }>(c, 'governance', 'Cadre', 'id divisionCode').load(id);
    const found = await Promise.all(['a1', 'b2', 'a3', 'a1'].map(load));
    expect(found).toEqual([
      { id: 'a1', divisionCode: '430999001001' },
      null,
      { id: 'a3', divisionCode: '430999001001' },
      { id: 'a1', divisionCode: '430999001001' },
    ]);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.body.variables.r).toEqual([
      { __typename: 'Cadre', id: 'a1' },
      { __typename: 'Cadre', id: 'b2' },
      { __typename: 'Cadre', id: 'a3' },
    ]);
    expect(seen[0]?.body.query).toContain('... on Cadre { id divisionCode }');
    // the same request asking again is answered from the loader
    expect(await load('a3')).toEqual({ id: 'a3', divisionCode: '430999001001' });
    expect(seen).toHaveLength(1);
  });
});
