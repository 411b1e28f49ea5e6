import { describe, expect, it } from 'vitest';
import { createFetchTransport } from '../src/graphql/transport';

function respond(status: number, body: string): typeof fetch {
  return async () => new Response(body, { status, headers: { 'content-type': 'application/json' } });
}

describe('fetch transport', () => {
  it('posts the query with the bearer token', async () => {
    let seen: RequestInit | undefined;
    const transport = createFetchTransport({
      fetch: async (_url, init) => {
        seen = init;
        return new Response('{"data":{"ok":true}}');
      },
    });
    const payload = await transport({ query: '{ ok }', variables: { a: 1 }, token: 'tok' });
    expect(payload).toEqual({ data: { ok: true }, errors: [] });
    expect(seen?.method).toBe('POST');
    expect(new Headers(seen?.headers).get('authorization')).toBe('Bearer tok');
    expect(JSON.parse(String(seen?.body))).toEqual({ query: '{ ok }', variables: { a: 1 } });
  });

  it('asks the gateway for cookie mode on session requests only, sending cookies of this site', async () => {
    const seen: RequestInit[] = [];
    const transport = createFetchTransport({
      fetch: async (_url, init) => {
        seen.push(init ?? {});
        return new Response('{"data":{"ok":true}}');
      },
    });
    await transport({ query: 'mutation Refresh { x }', cookieSession: true });
    await transport({ query: '{ ok }', token: 'tok' });
    expect(new Headers(seen[0].headers).get('x-xiangzhi-session')).toBe('cookie');
    expect(seen[0].credentials).toBe('same-origin');
    expect(new Headers(seen[1].headers).get('x-xiangzhi-session')).toBeNull();
  });

  it('maps GraphQL errors to code, field and message', async () => {
    const body = JSON.stringify({
      data: null,
      errors: [
        { message: '无权访问该辖区', path: ['households'], extensions: { code: 'FORBIDDEN', field: 'regionCode' } },
      ],
    });
    const payload = await createFetchTransport({ fetch: respond(200, body) })({ query: '{ x }' });
    expect(payload.errors[0]).toMatchObject({
      code: 'FORBIDDEN',
      field: 'regionCode',
      message: '无权访问该辖区',
      path: ['households'],
    });
  });

  it('reports a network failure and a non-JSON gateway error in Chinese', async () => {
    const offline = createFetchTransport({
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    expect((await offline({ query: '{ x }' })).errors[0]).toMatchObject({
      code: 'NETWORK_ERROR',
      message: '网络连接失败，请检查网络后重试',
    });
    const badGateway = await createFetchTransport({ fetch: respond(502, '<html>bad gateway</html>') })({
      query: '{ x }',
    });
    expect(badGateway.errors[0]).toMatchObject({ code: 'HTTP_ERROR', status: 502 });
  });
});
