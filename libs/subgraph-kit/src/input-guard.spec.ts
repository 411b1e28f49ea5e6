import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { JSONResolver } from 'graphql-scalars';
import { Arg, Args, ArgsType, Field, InputType, Int, Mutation, Query, Resolver, registerEnumType } from 'type-graphql';
import { buildFederatedSchema } from './schema.js';
import { makeFormatError } from './errors.js';
import { createLogger } from './logger.js';
import {
  ArgMaxLength,
  DEFAULT_MAX_TEXT_LENGTH,
  MaxLength,
  inputGuardPlugin,
  inputLimitsOf,
  textProblem,
} from './input-guard.js';
import { PageArgs, decodePage } from './pagination.js';

// A small subgraph wired exactly as startSubgraph wires every service (schema, guard plugin,
// formatError), called with operations as a client sends them.
enum Colour {
  RED = 'RED',
  GREEN = 'GREEN',
}
registerEnumType(Colour, { name: 'GuardColour' });

@InputType('GuardPersonInput')
class PersonInput {
  @Field(() => String) @MaxLength(10) name!: string;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => [String], { nullable: true }) tags?: string[] | null;
}

@InputType('GuardMeetingInput')
class MeetingInput {
  @Field(() => Date) heldAt!: Date;
  @Field(() => [PersonInput]) people!: PersonInput[];
}

@ArgsType()
class SearchArgs extends PageArgs {
  @Field(() => String, { nullable: true }) @MaxLength(5) q?: string | null;
}

let executed = 0;

@Resolver()
class GuardResolver {
  @Query(() => Int)
  search(@Args(() => SearchArgs) args: SearchArgs): number {
    executed++;
    return decodePage(args).offset;
  }

  @ArgMaxLength({ reason: 3 })
  @Mutation(() => String)
  record(
    @Arg('input', () => MeetingInput) input: MeetingInput,
    @Arg('reason', () => String, { nullable: true }) _reason: string | null,
    @Arg('colour', () => Colour, { nullable: true }) _colour: Colour | null,
    @Arg('value', () => JSONResolver, { nullable: true }) _value: unknown,
  ): string {
    executed++;
    return input.heldAt.toISOString();
  }
}

let server: ApolloServer;
beforeAll(async () => {
  const schema = await buildFederatedSchema([GuardResolver]);
  server = new ApolloServer({
    schema,
    formatError: makeFormatError(createLogger('guard-test', 'silent')),
    plugins: [ApolloServerPluginInlineTraceDisabled(), inputGuardPlugin(inputLimitsOf(schema))],
  });
  await server.start();
});
afterAll(async () => {
  await server?.stop();
});

interface Answer {
  status: number | undefined;
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}
async function run(query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const res = await server.executeOperation({ query, variables });
  if (res.body.kind !== 'single') throw new Error('expected a single result');
  const r = res.body.singleResult;
  return { status: res.http.status, data: r.data as Answer['data'], errors: r.errors as Answer['errors'] };
}
const RECORD =
  'mutation($input: GuardMeetingInput!, $reason: String, $colour: GuardColour, $value: JSON) { record(input: $input, reason: $reason, colour: $colour, value: $value) }';
const person = (name = '王建国', more: Record<string, unknown> = {}) => ({ name, ...more });
const meeting = (heldAt: string, people = [person()]) => ({ heldAt, people });
const refused = (a: Answer) => ({
  status: a.status,
  ext: a.errors?.[0]?.extensions,
  chinese: /[\u4e00-\u9fff]/.test(a.errors?.[0]?.message ?? ''),
});
const bad = (field: string) => ({ status: 400, ext: { code: 'BAD_USER_INPUT', field }, chinese: true });

describe('strict DateTime', () => {
  it('refuses impossible dates and times in variables, naming the argument path, before anything runs', async () => {
    const before = executed;
    for (const heldAt of [
      '2026-02-30T09:00:00+08:00',
      '2026-13-01T09:00:00Z',
      '2026-03-01T24:61:00Z',
      '2026-03-01',
      'tomorrow',
      '2999-03-01T09:00:00Z',
      '1899-12-31T09:00:00Z',
    ]) {
      expect(refused(await run(RECORD, { input: meeting(heldAt) })), heldAt).toEqual(bad('input.heldAt'));
    }
    expect(executed).toBe(before);
    const ok = await run(RECORD, { input: meeting('2024-02-29T09:30:00+08:00') });
    expect(ok.data).toEqual({ record: '2024-02-29T01:30:00.000Z' });
  });

  it('refuses an impossible date written inline in the query, in Chinese', async () => {
    const res = await run('mutation { record(input: { heldAt: "2026-02-30T09:00:00Z", people: [] }) }');
    expect(res.errors?.[0]?.message).toContain('日期时间无效');
    expect(res.data ?? null).toBeNull();
  });
});

describe('text arguments', () => {
  it('refuses NUL and other control characters at any depth, keeping \\n \\r \\t', async () => {
    expect(
      refused(await run(RECORD, { input: meeting('2026-03-01T09:00:00Z', [person(), person('李\u0000四')]) })),
    ).toEqual(bad('input.people.1.name'));
    expect(
      refused(
        await run(RECORD, { input: meeting('2026-03-01T09:00:00Z', [person('张三', { tags: ['a', 'b\u0085'] })]) }),
      ),
    ).toEqual(bad('input.people.0.tags.1'));
    expect(refused(await run(RECORD, { input: meeting('2026-03-01T09:00:00Z'), reason: '\u001b' }))).toEqual(
      bad('reason'),
    );
    expect(
      refused(await run(RECORD, { input: meeting('2026-03-01T09:00:00Z'), value: { a: ['ok', 'x\u0000'] } })),
    ).toEqual(bad('value.a.1'));
    const ok = await run(RECORD, {
      input: meeting('2026-03-01T09:00:00Z', [person('张三', { note: '第一行\r\n第二行\t完' })]),
    });
    expect(ok.errors).toBeUndefined();
  });

  it('applies the declared limits (MaxLength on fields and ArgsType fields, ArgMaxLength on inline args) and the default elsewhere', async () => {
    expect(refused(await run(RECORD, { input: meeting('2026-03-01T09:00:00Z', [person('王'.repeat(11))]) }))).toEqual(
      bad('input.people.0.name'),
    );
    expect(
      (await run(RECORD, { input: meeting('2026-03-01T09:00:00Z', [person('王'.repeat(10))]) })).errors,
    ).toBeUndefined();
    expect(refused(await run(RECORD, { input: meeting('2026-03-01T09:00:00Z'), reason: '四个字啊' }))).toEqual(
      bad('reason'),
    );
    expect(refused(await run('query($q: String) { search(q: $q) }', { q: '六个字六个' + '字' }))).toEqual(bad('q'));
    const long = 'x'.repeat(DEFAULT_MAX_TEXT_LENGTH + 1);
    expect(
      refused(await run(RECORD, { input: meeting('2026-03-01T09:00:00Z', [person('张三', { note: long })]) })),
    ).toEqual(bad('input.people.0.note'));
    expect(
      (await run(RECORD, { input: meeting('2026-03-01T09:00:00Z', [person('张三', { note: long.slice(1) })]) })).errors,
    ).toBeUndefined();
    // inline literals are checked like variables
    expect(refused(await run('{ search(q: "\\u0000") }'))).toEqual(bad('q'));
  });

  it('counts characters, not UTF-16 units', () => {
    expect(textProblem('😀'.repeat(10), 10)).toBeNull();
    expect(textProblem('😀'.repeat(11), 10)).toContain('10');
  });
});

describe('other arguments a type refuses', () => {
  it('names the field for an unknown enum value, a number out of range and an unknown input field', async () => {
    expect(refused(await run(RECORD, { input: meeting('2026-03-01T09:00:00Z'), colour: 'BLUE' }))).toEqual(
      bad('colour'),
    );
    expect(refused(await run('query($f: Int) { search(first: $f) }', { f: 2 ** 40 }))).toEqual(bad('first'));
    expect(refused(await run(RECORD, { input: { ...meeting('2026-03-01T09:00:00Z'), __proto__x: 1 } }))).toEqual(
      bad('input.__proto__x'),
    );
  });

  it('names "after" for a forged cursor and "first" for a page size out of range', async () => {
    const cursor = (s: string) => Buffer.from(s).toString('base64url');
    for (const after of [cursor('o:99999999999999999999'), cursor('o:-1'), 'x'.repeat(5000), cursor('o:10000000')]) {
      const res = await run('query($a: String) { search(after: $a) }', { a: after });
      expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    }
    expect((await run('query($a: String) { search(after: $a) }', { a: cursor('o:41') })).data).toEqual({ search: 42 });
    expect((await run('{ search(first: 0) }')).errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
  });
});
