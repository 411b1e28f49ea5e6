import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { startPostgres, tempDataDir } from './postgres.js';
import { testDatabase } from './test-database.js';

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

describe('testDatabase (the run-wide Postgres of the globalSetup)', () => {
  it('gives each caller a fresh, separate, UTF-8 database', async () => {
    const [a, b] = await Promise.all([testDatabase('governance'), testDatabase('governance')]);
    expect(a.name).toMatch(/^governance_[0-9a-f]{12}$/);
    expect(a.name).not.toBe(b.name);
    await query(a.url, "CREATE TABLE village (name text); INSERT INTO village VALUES ('石门村')");
    expect(await query(a.url, 'SELECT name FROM village')).toEqual([{ name: '石门村' }]);
    expect(await query(b.url, "SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'village'")).toEqual([
      { n: 0 },
    ]);
    await a.drop();
    await b.drop();
  });
});

describe('startPostgres', () => {
  it('reuses an initialised data directory on restart and creates databases idempotently', async () => {
    const dataDir = await tempDataDir();
    const first = await startPostgres({ dataDir, port: 0, persistent: true });
    expect(first.timings.initMs).toBeGreaterThan(0);
    const url = await first.createDatabase('xiangzhi_points');
    expect(await first.createDatabase('xiangzhi_points')).toBe(url);
    await query(url, 'CREATE TABLE entry (points int); INSERT INTO entry VALUES (5)');
    await first.stop();

    const second = await startPostgres({ dataDir, port: 0, persistent: false });
    try {
      expect(second.timings.initMs).toBe(0);
      expect(await query(second.url('xiangzhi_points'), 'SELECT points FROM entry')).toEqual([{ points: 5 }]);
    } finally {
      await second.stop();
    }
  }, 60_000);

  it('names the port when it is taken', async () => {
    const dataDir = await tempDataDir();
    const server = await startPostgres({ dataDir, port: 0, persistent: false });
    try {
      await expect(
        startPostgres({ dataDir: await tempDataDir(), port: server.port, persistent: false }),
      ).rejects.toThrow(`port ${server.port} is already in use`);
    } finally {
      await server.stop();
    }
  }, 60_000);
});
