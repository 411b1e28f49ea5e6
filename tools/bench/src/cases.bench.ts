// Case ledger benchmark: `npm run bench:cases -w @xiangzhi/bench [-- <cases>]`.
// Seeds 200,000 cases (one INSERT … SELECT generate_series) over 1 county, 10 townships, 200 villages
// and 400 grids, spread over the last 12 months (60 % closed), then asks the real governance subgraph
// over signed HTTP, as the gateway would: the ledger list (the page's row fields) at page sizes 10 and
// 100 and the figures (by village and by month, 12 months), as a village secretary (village scope)
// and as the county admin (county scope). Prints SQL statements per request (page 10 vs 100 must be
// equal) and latency (median / p95 of 30 calls after 3 warm-ups). Figures, not a pass/fail test.
import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Role, TokenSigner, generateSigningKeys, signRequest, type Principal } from '@xiangzhi/auth';
import { FILE_ROUTE, FileAccess, FolderStorage, startSubgraph } from '@xiangzhi/subgraph-kit';
import { startPostgres, tempDataDir } from '@xiangzhi/testing';
import { entities, migrations, referenceResolvers, resolvers } from '@xiangzhi/governance-subgraph/schema';
import { FieldCrypto } from '@xiangzhi/governance-subgraph/pii';

const CASES = Number(process.argv[2] ?? process.env.BENCH_CASES ?? 200_000);
const RUNS = 30;
const SECRET = randomUUID();
const COUNTY = '430199';
const VILLAGE = `${COUNTY}001001`;

const ROW = `id code title status level kind domain source alert flags dueAt raisedAt place
  household { id headName } village { code name } responsible { id name } participants`;
const LIST = `query($f: CaseFilter, $n: Int) { cases(filter: $f, first: $n) {
  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${ROW} } } } }`;
const FIGURES = `query($d: String, $g: CaseFigureGroupBy!, $from: String!, $to: String) {
  caseFigures(divisionCode: $d, groupBy: $g, from: $from, to: $to) {
    rows { key name raised closed onTime closedInVillage closedInTownship satisfactionRate } total { raised closed } } }`;

function seedSql(cases: number): string[] {
  const towns = `select lpad(t::text, 3, '0') t from generate_series(1, 10) t`;
  return [
    `insert into region (code, name, level, parent_code) values ('${COUNTY}', '基准县', 'COUNTY', null)`,
    `insert into region (code, name, level, parent_code)
       select '${COUNTY}' || t, '基准乡' || t, 'TOWNSHIP', '${COUNTY}' from (${towns}) x`,
    `insert into region (code, name, level, parent_code)
       select '${COUNTY}' || t || lpad(v::text, 3, '0'), '基准乡' || t || '第' || v || '村', 'VILLAGE', '${COUNTY}' || t
       from (${towns}) x, generate_series(1, 20) v`,
    `insert into grid (id, name, division_code, level)
       select gen_random_uuid(), '第' || n || '网格', code, 'AREA' from region, generate_series(1, 2) n where level = 'VILLAGE'`,
    // case g: village g % 200, grid of it (or none every 5th), raised g % 365 days ago; 60 % closed
    `with v as (select code, row_number() over (order by code) - 1 i from region where level = 'VILLAGE'),
          gr as (select id, division_code, row_number() over (partition by division_code order by id) - 1 n from grid)
     insert into case_record (id, code, title, description, source, kind, domain, village_code, grid_id, level,
       origin_level, division_code, status, raised_by, raised_at, last_activity_at, alert, due_at, resolved_at,
       closed_at, satisfaction, close_type, result, escalation_count, return_count, stage)
     select gen_random_uuid(), 'MB' || lpad(g::text, 8, '0'), '基准事项' || g, '基准事项描述', 'VISIT',
       (array['PROBLEM','DEMAND','PETITION','SUGGESTION'])[1 + g % 4],
       (array['INDUSTRY','LIVELIHOOD','GOVERNANCE','INFRASTRUCTURE','CADRE_CONDUCT'])[1 + g % 5],
       v.code, case when g % 5 = 0 then null else gr.id end,
       lvl, 'GRID', case when lvl = 'TOWNSHIP' then left(v.code, 9) else v.code end, st, '基准员', raised,
       raised, case when st <> 'CLOSED' and g % 13 = 0 then 'RED' else 'NONE' end, raised + interval '15 days',
       case when st in ('CLOSED', 'RESOLVED') then raised + (g % 20) * interval '1 day' end,
       case when st = 'CLOSED' then raised + (g % 20 + 1) * interval '1 day' end,
       case when st = 'CLOSED' then (array['SATISFIED','BASICALLY_SATISFIED','DISSATISFIED'])[1 + g % 3] end,
       case when st = 'CLOSED' then 'RESOLVED' end, case when st = 'CLOSED' then '已解决' end,
       case when lvl = 'TOWNSHIP' then 1 else 0 end, 0,
       case when st = 'CLOSED' then null when st = 'RESOLVED' then 'FEEDBACK' when st = 'REPORTED' then 'ACCEPT'
            else 'HANDLE' end
     from (select g, now() - (g % 365) * interval '1 day' - (g % 24) * interval '1 hour' raised,
                  case when g % 10 < 6 then 'CLOSED' when g % 10 = 6 then 'REPORTED' when g % 10 = 7 then 'IN_PROGRESS'
                       when g % 10 = 8 then 'ESCALATED' else 'RESOLVED' end st,
                  case when g % 10 = 8 or g % 11 = 0 then 'TOWNSHIP' when g % 2 = 0 then 'GRID' else 'VILLAGE' end lvl
           from generate_series(1, ${cases}) g) s
     join v on v.i = s.g % 200 join gr on gr.division_code = v.code and gr.n = s.g % 2`,
    'analyze',
  ];
}

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

const pg = await startPostgres({ dataDir: await tempDataDir(), port: 0, persistent: false });
try {
  const keys = await generateSigningKeys();
  const signer = await TokenSigner.fromPem(keys.privateKeyPem);
  const statements: string[] = [];
  const gov = await startSubgraph({
    name: 'governance',
    env: {
      HOST: '127.0.0.1',
      PORT: 0,
      DATABASE_URL: await pg.createDatabase('bench_cases'),
      JWT_PUBLIC_KEY: keys.publicKeyPem,
      GATEWAY_HMAC_SECRET: SECRET,
      LOG_LEVEL: 'warn',
    },
    entities,
    migrations,
    resolvers,
    referenceResolvers,
    contextExtras: {
      signer,
      crypto: new FieldCrypto(randomBytes(32)),
      files: new FileAccess(new FolderStorage(await mkdtemp(join(tmpdir(), 'bench-files-'))), SECRET),
    },
    getRoutes: {},
    onQuery: (sql) => statements.push(sql),
  });
  void FILE_ROUTE;
  const t0 = performance.now();
  for (const sql of seedSql(CASES)) await gov.orm.em.getConnection().execute(sql);
  console.log(`seeded ${CASES.toLocaleString()} cases in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const principal = (role: Role, divisionCode: string): Principal => ({
    accountId: randomUUID(),
    username: `bench_${role.toLowerCase()}`,
    roles: [role],
    divisionCode,
    gridIds: [],
    cadreId: null,
  });
  const tokens = {
    village: (await signer.sign(principal(Role.VILLAGE_SECRETARY, VILLAGE))).token,
    county: (await signer.sign(principal(Role.COUNTY_ADMIN, COUNTY))).token,
  };
  const call = async (token: string, query: string, variables: Record<string, unknown>): Promise<unknown> => {
    const body = JSON.stringify({ query, variables });
    const authorization = `Bearer ${token}`;
    const headers = {
      'content-type': 'application/json',
      authorization,
      ...signRequest(SECRET, { method: 'POST', path: '/graphql', authorization, body }),
    };
    const res = await fetch(gov.url, { method: 'POST', headers, body });
    const json = (await res.json()) as { errors?: unknown[]; data?: unknown };
    if (json.errors) throw new Error(JSON.stringify(json.errors).slice(0, 400));
    return json.data;
  };
  const measure = async (token: string, query: string, variables: Record<string, unknown>) => {
    statements.length = 0;
    await call(token, query, variables);
    const count = statements.length;
    for (let i = 0; i < 3; i++) await call(token, query, variables);
    const ms: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const s = performance.now();
      await call(token, query, variables);
      ms.push(performance.now() - s);
    }
    return { count, median: pct(ms, 50), p95: pct(ms, 95) };
  };

  const now = new Date(Date.now() + 8 * 3600_000);
  const to = now.toISOString().slice(0, 7);
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1)).toISOString().slice(0, 7);
  const cases = [
    ['ledger list, page 10', LIST, { n: 10 }, { f: { divisionCode: VILLAGE } }, { f: { divisionCode: COUNTY } }],
    ['ledger list, page 100', LIST, { n: 100 }, { f: { divisionCode: VILLAGE } }, { f: { divisionCode: COUNTY } }],
    [
      'ledger list open, page 100',
      LIST,
      { n: 100 },
      { f: { divisionCode: VILLAGE, open: true } },
      { f: { divisionCode: COUNTY, open: true } },
    ],
    ['figures by village, 12 mo', FIGURES, { g: 'VILLAGE', from, to }, { d: VILLAGE }, { d: COUNTY }],
    ['figures by month, 12 mo', FIGURES, { g: 'MONTH', from, to }, { d: VILLAGE }, { d: COUNTY }],
    ['figures by grid, 12 mo', FIGURES, { g: 'GRID', from, to }, { d: VILLAGE }, { d: COUNTY }],
  ] as const;
  console.log(
    `\n${'request'.padEnd(28)} | ${'statements v/c'.padEnd(14)} | village median / p95 ms | county median / p95 ms`,
  );
  for (const [name, query, common, village, county] of cases) {
    const v = await measure(tokens.village, query, { ...common, ...village });
    const c = await measure(tokens.county, query, { ...common, ...county });
    const f = (x: number) => x.toFixed(1).padStart(7);
    console.log(
      `${name.padEnd(28)} | ${`${v.count} / ${c.count}`.padEnd(14)} | ${f(v.median)} / ${f(v.p95)}       | ${f(c.median)} / ${f(c.p95)}`,
    );
  }
  await gov.stop();
} finally {
  await pg.stop();
}
