import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { subgraphSdl } from '@xiangzhi/subgraph-kit';
import { buildMeetingsSchema } from '../src/schema.js';

describe('schema.graphql', () => {
  it('is what the code produces (run `npm run schema -w @xiangzhi/meetings-subgraph` after a change)', async () => {
    const committed = await readFile(new URL('../schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(subgraphSdl(await buildMeetingsSchema()) + '\n');
  });
  it('extends Region and references Cadre by key only', async () => {
    const sdl = subgraphSdl(await buildMeetingsSchema());
    expect(sdl).toMatch(/type Region\s+@key\(fields: "code"\)/);
    expect(sdl).toMatch(/type Cadre\s+@key\(fields: "id", resolvable: false\)/);
    expect(sdl).toMatch(/type Meeting\s+@key\(fields: "id"\)/);
  });
});
