import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo.js';
import { startGovernance, type Harness } from './harness.js';
import { registerFixture, tokenFor, VILLAGE_A1 } from './household-fixture.js';

// A database error must be logged by what an operator needs (SQLSTATE code, table, constraint),
// never with the SQL's parameter values: those are residents' names, addresses and birth dates.
let h: Harness;
let token: string;
const logLines: string[] = [];

const CREATE = 'mutation($input: CreateHouseholdInput!) { createHousehold(input: $input) { id } }';
const PLANTED = {
  name: '樊栀蕊',
  address: '石门村植入地址九十九号',
  birthDate: '1963-07-19',
  difficulties: '植入的困难描述XYZ',
};

beforeAll(async () => {
  // trace: the most a deployment can log
  h = await startGovernance({
    logLevel: 'trace',
    logDestination: {
      write: (line: string) => {
        logLines.push(line);
      },
    },
  });
  await loadDemo(h.subgraph.orm.em.fork(), registerFixture, h.crypto);
  token = await tokenFor(h, 'sec_a1');
  // A constraint the application does not know about makes the insert fail inside PostgreSQL.
  await h.subgraph.orm.em
    .getConnection()
    .execute(`alter table household add constraint planted_no_address check (address not like '%植入地址%')`);
});
afterAll(async () => {
  await h?.stop();
});

describe('database errors in the logs', () => {
  it('logs the SQLSTATE code, table and constraint of a failed insert, and none of the values', async () => {
    const from = logLines.length;
    const res = await h.gql(
      CREATE,
      {
        input: {
          villageCode: VILLAGE_A1,
          address: PLANTED.address,
          difficulties: PLANTED.difficulties,
          head: { name: PLANTED.name, sex: 'FEMALE', birthDate: PLANTED.birthDate },
        },
      },
      token,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(res.errors?.[0]?.message).toBe('服务器内部错误，请稍后再试');
    const written = logLines.slice(from).join('\n');
    const errorLines = logLines.slice(from).filter((l) => JSON.parse(l).level >= 50);
    expect(errorLines.length).toBeGreaterThan(0);
    expect(errorLines.join('\n')).toContain('23514');
    expect(errorLines.join('\n')).toContain('planted_no_address');
    expect(errorLines.join('\n')).toContain('household');
    for (const value of Object.values(PLANTED)) expect(written, value).not.toContain(value);
    expect(written).not.toContain('植入');
  });
});
