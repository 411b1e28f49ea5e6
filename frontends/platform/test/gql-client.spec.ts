import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createGqlClient } from '../src/graphql/gql-client';
import { GraphQLRequestError } from '../src/graphql/graphql-error';
import type { TypedDocument } from '../src/graphql/typed-document';
import { SessionStore } from '../src/session/session-store';
import { authPayload, errorPayload, fakeTransport, operation } from './fake-transport';

// A document as `npm run codegen` makes them: the text with its result type attached.
const ME = 'query Me { me { id } }' as TypedDocument<{ me: { id: string } }, Record<string, never>>;

describe('gqlRequest client', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-01T08:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  async function setup(
    answerMe: (token: string | null | undefined, attempt: number) => ReturnType<typeof errorPayload>,
  ) {
    let refreshes = 0;
    let meCalls = 0;
    const { transport, calls } = fakeTransport((request) => {
      const name = operation(request);
      if (name === 'Login') return authPayload('login', 1, new Date(Date.now() + 15 * 60_000));
      if (name === 'Refresh') return authPayload('refresh', 1 + ++refreshes, new Date(Date.now() + 15 * 60_000));
      return answerMe(request.token, ++meCalls);
    });
    const session = new SessionStore({ transport });
    await session.login('u', 'p');
    return { client: createGqlClient({ transport, session }), session, calls };
  }

  it('sends the bearer token and returns data', async () => {
    const { client, calls } = await setup(() => ({ data: { me: { id: 'acc-1' } }, errors: [] }));
    await expect(client.request(ME)).resolves.toEqual({ me: { id: 'acc-1' } });
    expect(calls[1].token).toBe('access-1');
  });

  it('refreshes once and retries once on UNAUTHENTICATED', async () => {
    const { client, calls } = await setup((token) =>
      token === 'access-1'
        ? errorPayload('UNAUTHENTICATED', '登录已过期')
        : { data: { me: { id: 'acc-1' } }, errors: [] },
    );
    await expect(client.request(ME)).resolves.toEqual({ me: { id: 'acc-1' } });
    expect(calls.map(operation)).toEqual(['Login', 'Me', 'Refresh', 'Me']);
    expect(calls[3].token).toBe('access-2');
  });

  it('ends the session when the retry is refused too', async () => {
    const { client, session, calls } = await setup(() => errorPayload('UNAUTHENTICATED', '登录已过期'));
    await expect(client.request(ME)).rejects.toMatchObject({ code: 'UNAUTHENTICATED', message: '登录已过期' });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map(operation)).toEqual(['Login', 'Me', 'Refresh', 'Me', 'Logout']);
    expect(session.current()).toBeNull();
    expect(session.signOutReason()).toBe('expired');
  });

  it('throws a typed error carrying code, field and the Chinese message', async () => {
    const { client } = await setup(() => ({
      data: null,
      errors: [new GraphQLRequestError({ code: 'BAD_USER_INPUT', message: '户主姓名不能为空', field: 'headName' })],
    }));
    const error = await client.request(ME).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'headName', message: '户主姓名不能为空' });
  });

  it('returns partial data with the errors of the failed part', async () => {
    const partial = new GraphQLRequestError({
      code: 'SUBGRAPH_UNAVAILABLE',
      message: '积分服务暂时不可用',
      path: ['me', 'points'],
    });
    const { client } = await setup(() => ({ data: { me: { id: 'acc-1' } }, errors: [partial] }));
    await expect(client.request(ME)).rejects.toBe(partial);
    await expect(client.requestPartial(ME)).resolves.toEqual({ data: { me: { id: 'acc-1' } }, errors: [partial] });
  });
});
