import 'reflect-metadata';
import pg from 'pg';
import { v7 } from 'uuid';
import type { MikroORM } from '@mikro-orm/postgresql';
import { openOrm } from '@xiangzhi/subgraph-kit';
import { entities, migrations } from '@xiangzhi/governance-subgraph/schema';

export const BENCH_COUNTY = '430999';
export const BENCH_TOWN = '430999001';
export const BENCH_VILLAGE = '430999001001';

export interface Territory {
  grids: Map<string, string>;
  groups: Map<string, string>;
}

/** A database with the governance schema (migrations) and one village with its grids and groups. */
export async function prepareDatabase(
  url: string,
  gridCount: number,
  groupCount: number,
): Promise<{ orm: MikroORM; territory: Territory }> {
  const orm = await openOrm({ databaseUrl: url, entities, migrations });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`insert into region (code, name, level, parent_code, version) values
      ('${BENCH_COUNTY}', '青山县', 'COUNTY', null, 1), ('${BENCH_TOWN}', '青山镇', 'TOWNSHIP', '${BENCH_COUNTY}', 1),
      ('${BENCH_VILLAGE}', '青山村', 'VILLAGE', '${BENCH_TOWN}', 1)`);
    const grids = new Map<string, string>();
    for (let g = 1; g <= gridCount; g++) grids.set(`第${g}网格`, v7());
    const groups = new Map<string, string>();
    for (let g = 1; g <= groupCount; g++) groups.set(`${g}组`, v7());
    await client.query(
      `insert into grid (id, name, level, division_code, version) select id, name, 'AREA', $1, 1 from json_to_recordset($2::json) as x(id uuid, name text)`,
      [BENCH_VILLAGE, JSON.stringify([...grids].map(([name, id]) => ({ id, name })))],
    );
    await client.query(
      `insert into villager_group (id, village_code, name, version) select id, $1, name, 1 from json_to_recordset($2::json) as x(id uuid, name text)`,
      [BENCH_VILLAGE, JSON.stringify([...groups].map(([name, id]) => ({ id, name })))],
    );
    await client.query('analyze');
    return { orm, territory: { grids, groups } };
  } finally {
    await client.end();
  }
}

/** Row counts of the register tables, to check both paths wrote the same. */
export async function registerCounts(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ h: string; r: string; t: string }>(
      'select (select count(*) from household) h, (select count(*) from resident) r, (select count(*) from household_tag) t',
    );
    return { households: Number(rows[0].h), residents: Number(rows[0].r), tags: Number(rows[0].t) };
  } finally {
    await client.end();
  }
}
