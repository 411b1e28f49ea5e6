import { createServer } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SIGNATURE_HEADER, verifyRequest } from '@xiangzhi/auth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlClient } from './graphql-client.js';

let url = '';
let last: { headers: IncomingHttpHeaders; body: string } = { headers: {}, body: '' };
const server = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
  req.on('end', () => {
    last = { headers: req.headers, body };
    if (req.url === '/plain') {
      res.writeHead(401).end('unauthorized');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        data: { me: { username: 'secretary_1' } },
        errors: [{ message: '部分数据不可用', extensions: { code: 'PARTIAL' } }],
      }),
    );
  });
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('graphqlClient', () => {
  it('posts the query with the bearer token and a signature of the request as sent', async () => {
    const client = graphqlClient(`${url}/graphql`, { token: 'abc.def', hmacSecret: 's3cret' });
    const res = await client.request<{ me: { username: string } }>('query Me($x: Int) { me { username } }', { x: 1 });
    expect(res.data?.me.username).toBe('secretary_1');
    expect(res.errors?.[0]?.extensions?.code).toBe('PARTIAL');
    expect(res.status).toBe(200);
    expect(last.headers.authorization).toBe('Bearer abc.def');
    expect(JSON.parse(last.body)).toEqual({ query: 'query Me($x: Int) { me { username } }', variables: { x: 1 } });
    const sent = { method: 'POST', path: '/graphql', authorization: 'Bearer abc.def', body: last.body };
    expect(verifyRequest('s3cret', sent, last.headers).ok).toBe(true);
    expect(verifyRequest('s3cret', { ...sent, authorization: 'Bearer other' }, last.headers).ok).toBe(false);
  });

  it('sends no token or signature unless given, and turns a non-GraphQL answer into an error', async () => {
    const res = await graphqlClient(`${url}/plain`).request('{ me { id } }');
    expect(last.headers.authorization).toBeUndefined();
    expect(last.headers[SIGNATURE_HEADER]).toBeUndefined();
    expect(res).toEqual({
      data: null,
      errors: [{ message: 'HTTP 401: unauthorized', extensions: { code: 'HTTP_401' } }],
      status: 401,
    });
    await graphqlClient(`${url}/graphql`).withToken('t2').request('{ me { id } }');
    expect(last.headers.authorization).toBe('Bearer t2');
  });
});
