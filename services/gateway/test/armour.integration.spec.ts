import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, graphqlClient, type GraphqlClient } from '@xiangzhi/testing';
import { startStack, type Stack } from './stack.js';
import { demoFacts } from './demo-facts.js';

// The usual API armour, tried through a real gateway over governance the way an attacker would.
let stack: Stack;
let facts: ReturnType<typeof demoFacts>;
let secretary: GraphqlClient;

beforeAll(async () => {
  stack = await startStack({ services: ['governance'] });
  facts = demoFacts(stack.data);
  secretary = await stack.as('secretary_1');
});
afterAll(async () => stack?.stop());

interface RawAnswer {
  status: number;
  headers: Headers;
  text: string;
  json: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } | null;
}

async function raw(url: string, init: RequestInit): Promise<RawAnswer> {
  const res = await fetch(url, init);
  const text = await res.text();
  let json: RawAnswer['json'] = null;
  try {
    json = JSON.parse(text) as RawAnswer['json'];
  } catch {
    json = null;
  }
  return { status: res.status, headers: res.headers, text, json };
}

const postJson = (url: string, body: unknown, headers: Record<string, string> = {}): Promise<RawAnswer> =>
  raw(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken refreshToken } }';

describe('alias, token and directive limits', () => {
  const aliases = (n: number): string =>
    `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { username }`).join(' ')} }`;

  it('answers 15 aliases and refuses 16 with TOO_MANY_ALIASES and a Chinese message', async () => {
    const fifteen = await secretary.request<Record<string, { username: string }>>(aliases(15));
    expect(fifteen.errors).toBeUndefined();
    expect(Object.keys(fifteen.data ?? {})).toHaveLength(15);
    const sixteen = await secretary.request(aliases(16));
    expect(sixteen.data).toBeNull();
    expect(sixteen.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['TOO_MANY_ALIASES', '查询中的别名过多：最多 15 个，本次 16 个，请分成几次查询'],
    ]);
  });

  it('refuses the ID-number guessing request (aliases hidden in a fragment count too)', async () => {
    const guesses = Array.from(
      { length: 16 },
      (_, i) => `g${i}: households(idCardNo: "43099919800101${String(i).padStart(3, '0')}X") { totalCount }`,
    );
    const res = await secretary.request(`query { ...Guess } fragment Guess on Query { ${guesses.join(' ')} }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ALIASES');
    expect(res.data).toBeNull();
  });

  it('refuses a query of more than 3000 tokens with TOO_MANY_TOKENS', async () => {
    const long = `{ me { ${'username '.repeat(3000)}} }`;
    const res = await secretary.request(long);
    expect(res.data).toBeNull();
    expect(res.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['TOO_MANY_TOKENS', '查询语句过长：最多 3000 个词法单元，请精简后再试'],
    ]);
  });

  it('answers 10 directives and refuses 11 with TOO_MANY_DIRECTIVES', async () => {
    const directives = (n: number): string => `{ me { ${'... @include(if: true) { username } '.repeat(n)}} }`;
    expect((await secretary.request(directives(10))).data).toEqual({ me: { username: 'secretary_1' } });
    const res = await secretary.request(directives(11));
    expect(res.data).toBeNull();
    expect(res.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['TOO_MANY_DIRECTIVES', '查询中的指令过多：最多 10 个，本次 11 个，请精简后再试'],
    ]);
  });
});

describe('field suggestions', () => {
  it.each<[string, string, string, Record<string, unknown>?]>([
    ['a field', '{ househol { totalCount } }', 'households'],
    ['an argument', '{ households(firs: 1) { totalCount } }', 'first'],
    ['a type', 'query($f: HouseholdFilte) { __typename }', 'HouseholdFilter'],
    [
      'an enum value of a variable',
      'mutation($i: CreateGridInput!) { createGrid(input: $i) { id } }',
      'VILLAGE',
      { i: { name: '错层网格', level: 'VILLAG', divisionCode: '430999001001' } },
    ],
  ])('does not suggest %s to an anonymous caller or a logged-in one', async (_, query, hidden, variables = {}) => {
    for (const client of [stack.client, secretary]) {
      const res = await client.request(query, variables);
      expect(res.errors?.length).toBeGreaterThan(0);
      const messages = res.errors?.map((e) => e.message).join('\n') ?? '';
      expect(messages).not.toMatch(/Did you mean/);
      expect(messages).not.toContain(`"${hidden}"`);
    }
  });
});

describe('introspection', () => {
  const SCHEMA = '{ __schema { queryType { name } } }';
  const TYPE = '{ __type(name: "Household") { fields { name } } }';
  const HIDDEN = 'query { ...Peek } fragment Peek on Query { __schema { types { name } } }';

  it('is answered for the system administrator', async () => {
    const admin = await stack.as('sysadmin');
    expect((await admin.request(SCHEMA)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    expect((await admin.request<{ __type: { fields: unknown[] } }>(TYPE)).data?.__type.fields.length).toBeGreaterThan(
      3,
    );
  });

  it.each(['township_admin_1', 'secretary_1', 'secadmin', 'auditor'])(
    'is refused to %s with FORBIDDEN',
    async (username) => {
      const client = await stack.as(username);
      for (const query of [SCHEMA, TYPE, HIDDEN]) {
        const res = await client.request(query);
        expect(res.data).toBeNull();
        expect(res.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
          ['FORBIDDEN', '只有系统管理员可以查看接口结构'],
        ]);
      }
      expect((await client.request('{ __typename }')).data).toEqual({ __typename: 'Query' });
    },
  );

  it('is refused to an anonymous caller, who may still ask for __typename', async () => {
    expect((await stack.client.request(SCHEMA)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await stack.client.request('{ __typename }')).data).toEqual({ __typename: 'Query' });
  });

  it('is refused to everyone, the system administrator too, with INTROSPECTION=off', async () => {
    const closed = await stack.startGateway({ INTROSPECTION: 'off' });
    try {
      const { token } = await stack.signer.sign(facts.principal('sysadmin'));
      const admin = graphqlClient(closed.url, { token });
      const res = await admin.request(SCHEMA);
      expect(res.data).toBeNull();
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['INTROSPECTION_DISABLED']);
      expect((await admin.request('{ __typename }')).data).toEqual({ __typename: 'Query' });
    } finally {
      await closed.stop();
    }
  });
});

describe('CORS', () => {
  const preflight = (url: string, origin: string): Promise<RawAnswer> =>
    raw(url, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,authorization',
      },
    });

  it('allows no foreign origin by default: no Access-Control-Allow-Origin, the preflight fails', async () => {
    const pre = await preflight(stack.gateway.url, 'https://evil.example');
    expect(pre.status).toBe(403);
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    const post = await postJson(stack.gateway.url, { query: '{ __typename }' }, { origin: 'https://evil.example' });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
    expect(post.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('allows exactly the origins in CORS_ORIGINS', async () => {
    const portal = 'https://portal.example.cn';
    const open = await stack.startGateway({ CORS_ORIGINS: `${portal}, https://other.example.cn` });
    try {
      const pre = await preflight(open.url, portal);
      expect(pre.status).toBe(204);
      expect(pre.headers.get('access-control-allow-origin')).toBe(portal);
      expect(pre.headers.get('access-control-allow-credentials')).toBe('true');
      expect(pre.headers.get('access-control-allow-headers')).toContain('x-xiangzhi-session');
      const post = await postJson(open.url, { query: '{ __typename }' }, { origin: portal });
      expect(post.json?.data).toEqual({ __typename: 'Query' });
      expect(post.headers.get('access-control-allow-origin')).toBe(portal);

      const evil = await preflight(open.url, 'https://portal.example.cn.evil.example');
      expect(evil.status).toBe(403);
      expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await open.stop();
    }
  });
});

describe('cross-site request forgery', () => {
  const loginQuery = `mutation { login(username: "secretary_2", password: "${DEMO_PASSWORD}") { accessToken } }`;

  it.each([
    ['an HTML form (urlencoded)', 'application/x-www-form-urlencoded', `query=${encodeURIComponent(loginQuery)}`],
    ['text/plain', 'text/plain', JSON.stringify({ query: loginQuery })],
    ['no content type', '', JSON.stringify({ query: loginQuery })],
  ])('refuses %s with 415 and executes nothing', async (_, contentType, body) => {
    const res = await raw(stack.gateway.url, {
      method: 'POST',
      headers: contentType ? { 'content-type': contentType } : {},
      body,
    });
    expect(res.status).toBe(415);
    expect(res.json?.errors?.[0]?.extensions?.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(res.text).not.toContain('accessToken');
  });

  it('refuses a multipart form with 415', async () => {
    const form = new FormData();
    form.set('operations', JSON.stringify({ query: loginQuery }));
    form.set('map', '{}');
    const res = await raw(stack.gateway.url, { method: 'POST', body: form });
    expect(res.status).toBe(415);
    expect(res.text).not.toContain('accessToken');
  });

  it('refuses a GET query with 405', async () => {
    const res = await raw(`${stack.gateway.url}?query=${encodeURIComponent('{ __typename }')}`, { method: 'GET' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    expect(res.json?.errors?.[0]?.extensions?.code).toBe('METHOD_NOT_ALLOWED');
    expect(res.text).not.toContain('"__typename"');
  });

  it('still answers a JSON POST with a charset', async () => {
    const res = await raw(stack.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.json?.data).toEqual({ __typename: 'Query' });
  });
});

describe('request size', () => {
  it('refuses a 1 MB query before parsing it: a broken one gets the size error, not a syntax error', async () => {
    const megabyte = 1024 * 1024;
    const valid = `{ me { ${'username '.repeat(megabyte / 9)}} }`;
    const broken = `{ me { ${'{'.repeat(megabyte)}`;
    for (const query of [valid, broken]) {
      const res = await secretary.request(query);
      expect(res.data).toBeNull();
      expect(res.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
        ['QUERY_TOO_LARGE', '查询语句过长：最多 100 KB，请精简后再试'],
      ]);
    }
  });

  it('passes a 1.3 MB body (the Excel import sends its file in the variables) through to governance', async () => {
    // any large variable does: governance's own length check answers, so the gateway let the body through
    const res = await secretary.request('query($s: String) { households(search: $s) { totalCount } }', {
      s: Buffer.alloc(1024 * 1024, 7).toString('base64'),
    });
    expect(res.status).toBe(200);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search' });
  });

  it('refuses a body over MAX_BODY_BYTES by its length, without waiting for it to arrive', async () => {
    const small = await stack.startGateway({ MAX_BODY_BYTES: '4096' });
    try {
      const over = await postJson(small.url, { query: '{ __typename }', variables: { pad: 'x'.repeat(5000) } });
      expect(over.status).toBe(413);
      expect(over.json?.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
        ['REQUEST_TOO_LARGE', '请求体过大：最多 4 KB'],
      ]);
      expect((await postJson(small.url, { query: '{ __typename }' })).json?.data).toEqual({ __typename: 'Query' });

      // announces 100 MB and sends nothing: the answer comes at once and the connection closes
      const status = await new Promise<number>((resolve, reject) => {
        const req = httpRequest(
          small.url,
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'content-length': String(100 * 1024 * 1024) },
          },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        req.setTimeout(2000, () => reject(new Error('no answer before the body')));
        req.flushHeaders();
      });
      expect(status).toBe(413);
    } finally {
      await small.stop();
    }
  });
});

describe('refresh token in an httpOnly cookie', () => {
  const COOKIE_MODE = { 'x-xiangzhi-session': 'cookie' };
  const REFRESH =
    'mutation Refresh($refreshToken: String) { refresh(refreshToken: $refreshToken) { accessToken refreshToken } }';
  const LOGOUT = 'mutation Logout($refreshToken: String) { logout(refreshToken: $refreshToken) }';
  type Tokens = { accessToken: string; refreshToken: string };

  const cookieOf = (res: RawAnswer): string | null => {
    const line = res.headers.getSetCookie().find((c) => c.startsWith('xz_refresh='));
    return line ?? null;
  };
  const valueOf = (setCookie: string | null): string => (setCookie ?? '').split(';')[0]!.slice('xz_refresh='.length);

  it('moves the refresh token of a login into the cookie and out of the answer', async () => {
    const res = await postJson(
      stack.gateway.url,
      { query: LOGIN, variables: { u: 'committee_1', p: DEMO_PASSWORD } },
      COOKIE_MODE,
    );
    const login = (res.json?.data as { login: Tokens }).login;
    expect(login.refreshToken).toBe('');
    expect(login.accessToken).toMatch(/^ey/);
    const cookie = cookieOf(res);
    expect(cookie).toMatch(/^xz_refresh=[\w-]{20,}; HttpOnly; SameSite=Strict; Path=\/graphql; Max-Age=2592000$/);
    expect(res.text).not.toContain(valueOf(cookie));
  });

  it('refreshes and logs out from the cookie alone; logout clears it and the old token is dead', async () => {
    const login = await postJson(
      stack.gateway.url,
      { query: LOGIN, variables: { u: 'committee_1', p: DEMO_PASSWORD } },
      COOKIE_MODE,
    );
    const first = valueOf(cookieOf(login));

    const refreshed = await postJson(
      stack.gateway.url,
      { query: REFRESH },
      { ...COOKIE_MODE, cookie: `xz_refresh=${first}` },
    );
    expect(refreshed.json?.errors).toBeUndefined();
    const tokens = (refreshed.json?.data as { refresh: Tokens }).refresh;
    expect(tokens.refreshToken).toBe('');
    const second = valueOf(cookieOf(refreshed));
    expect(second).toMatch(/^[\w-]{20,}$/);
    expect(second).not.toBe(first);
    expect(
      (await graphqlClient(stack.gateway.url, { token: tokens.accessToken }).request('{ me { username } }')).data,
    ).toEqual({ me: { username: 'committee_1' } });

    const out = await postJson(
      stack.gateway.url,
      { query: LOGOUT },
      { ...COOKIE_MODE, cookie: `xz_refresh=${second}` },
    );
    expect(out.json?.data).toEqual({ logout: true });
    expect(cookieOf(out)).toBe('xz_refresh=; HttpOnly; SameSite=Strict; Path=/graphql; Max-Age=0');
    const after = await postJson(
      stack.gateway.url,
      { query: REFRESH },
      { ...COOKIE_MODE, cookie: `xz_refresh=${second}` },
    );
    expect(after.json?.errors?.[0]?.extensions?.code).toBe('INVALID_REFRESH_TOKEN');
  });

  it('does not let an alias carry the token out into the answer', async () => {
    const query =
      'mutation($u: String!, $p: String!) { s: login(username: $u, password: $p) { accessToken rt: refreshToken ...More } } fragment More on AuthPayload { again: refreshToken }';
    const res = await postJson(
      stack.gateway.url,
      { query, variables: { u: 'committee_1', p: DEMO_PASSWORD } },
      COOKIE_MODE,
    );
    expect(res.json?.data).toMatchObject({ s: { rt: '', again: '' } });
    expect(valueOf(cookieOf(res))).toMatch(/^[\w-]{20,}$/);
  });

  it('ignores the cookie for clients without the header, who keep the token in the body', async () => {
    const login = await postJson(stack.gateway.url, {
      query: LOGIN,
      variables: { u: 'committee_1', p: DEMO_PASSWORD },
    });
    expect(cookieOf(login)).toBeNull();
    const token = (login.json?.data as { login: Tokens }).login.refreshToken;
    expect(token).toMatch(/^[\w-]{20,}$/);
    // a cross-site form cannot add the header, so a cookie alone refreshes nothing
    const refreshed = await postJson(stack.gateway.url, { query: REFRESH }, { cookie: `xz_refresh=${token}` });
    expect(refreshed.json?.errors?.[0]?.extensions?.code).toBe('INVALID_REFRESH_TOKEN');
  });

  it('moves the new token of a password change into the cookie', async () => {
    const login = await postJson(stack.gateway.url, { query: LOGIN, variables: { u: 'leader_1', p: DEMO_PASSWORD } });
    const { accessToken } = (login.json?.data as { login: Tokens }).login;
    const res = await postJson(
      stack.gateway.url,
      {
        query:
          'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { accessToken refreshToken } }',
        variables: { c: DEMO_PASSWORD, n: 'Xiangzhi-2026-Strong' },
      },
      { ...COOKIE_MODE, authorization: `Bearer ${accessToken}` },
    );
    expect(res.json?.errors).toBeUndefined();
    expect((res.json?.data as { changePassword: Tokens }).changePassword.refreshToken).toBe('');
    expect(valueOf(cookieOf(res))).toMatch(/^[\w-]{20,}$/);
  });

  it('marks the cookie Secure with COOKIE_SECURE=true', async () => {
    const secure = await stack.startGateway({ COOKIE_SECURE: 'true' });
    try {
      const res = await postJson(
        secure.url,
        { query: LOGIN, variables: { u: 'committee_1', p: DEMO_PASSWORD } },
        COOKIE_MODE,
      );
      expect(cookieOf(res)).toMatch(/; Path=\/graphql; Secure; Max-Age=2592000$/);
    } finally {
      await secure.stop();
    }
  });
});
