import { describe, expect, it } from 'vitest';
import { generateDemoData } from '@xiangzhi/testing/demo';
import { demoLoginTable, displayWidth } from './banner.js';
import { parseEnv, REPO_ROOT } from './env.js';

describe('dev env', () => {
  it('has the documented defaults, DATA_DIR under the repository', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      PG_PORT: 5433,
      GATEWAY_PORT: 4000,
      GOVERNANCE_PORT: 4001,
      MEETINGS_PORT: 4002,
      POINTS_PORT: 4003,
      SHELL_PORT: 8080,
    });
    expect(env.DATA_DIR).toBe(`${REPO_ROOT}/.data`);
    expect(env.GOVERNANCE_DATABASE_URL).toBeUndefined();
  });

  it('reads overrides and names every bad variable', () => {
    expect(
      parseEnv({
        PG_PORT: '6543',
        DATA_DIR: '/srv/x',
        POINTS_DATABASE_URL: 'postgres://u:p@db/points',
        SHELL_PORT: '',
      }),
    ).toMatchObject({
      PG_PORT: 6543,
      DATA_DIR: '/srv/x',
      POINTS_DATABASE_URL: 'postgres://u:p@db/points',
      SHELL_PORT: 8080,
    });
    expect(() => parseEnv({ PG_PORT: 'abc', MEETINGS_DATABASE_URL: 'mysql://x' })).toThrow(
      /PG_PORT[\s\S]*MEETINGS_DATABASE_URL/,
    );
  });
});

describe('demo login table', () => {
  it('aligns Chinese text by terminal width and lists every account', () => {
    expect(displayWidth('石门村ab')).toBe(8);
    const text = demoLoginTable(generateDemoData());
    expect(text).toContain('secretary_1');
    expect(text).toContain('青山县青山镇石门村 430999001001');
    const lines = text.split('\n');
    expect(lines).toHaveLength(2 + 17);
    const column = (line: string) => displayWidth(line.slice(0, line.indexOf('430999')));
    expect(column(lines.find((l) => l.startsWith('  county_admin'))!)).toBeLessThan(
      column(lines.find((l) => l.startsWith('  secretary_1'))!),
    );
  });
});
