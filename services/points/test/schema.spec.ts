import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { subgraphSdl } from '@xiangzhi/subgraph-kit';
import { buildPointsSchema } from '../src/schema.js';

describe('schema.graphql', () => {
  it('is what the code produces (run `npm run schema -w @xiangzhi/points-subgraph` after a change)', async () => {
    const committed = await readFile(new URL('../schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(subgraphSdl(await buildPointsSchema()) + '\n');
  });
  it('extends Cadre by key and offers no way to change or delete a ledger line', async () => {
    const sdl = subgraphSdl(await buildPointsSchema());
    expect(sdl).toMatch(/type Cadre\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type PointEntry\s+@key\(fields: "id"\)/);
    const mutations = /type Mutation \{([\s\S]*?)\n\}/.exec(sdl)?.[1] ?? '';
    const names = mutations.match(/^\s{2}\w+(?=\()/gm)?.map((m) => m.trim()) ?? [];
    // manual points only through a request a second person approves; nothing updates or deletes a line
    expect(names).toEqual(
      expect.arrayContaining(['requestPointEntry', 'approvePointEntryRequest', 'refusePointEntryRequest']),
    );
    expect(
      names.filter(
        (n) => /^(award|update|delete|remove|edit)/i.test(n) || (/PointEntry$/.test(n) && n !== 'requestPointEntry'),
      ),
    ).toEqual([]);
  });
});
