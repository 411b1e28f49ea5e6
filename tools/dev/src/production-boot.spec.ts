import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** Workspace packages (@xiangzhi/*) are followed; npm packages are not the question here. */
const followWorkspaceOnly: Plugin = {
  name: 'follow-workspace-only',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@xiangzhi/') ? undefined : { path: args.path, external: true },
    );
  },
};

/**
 * Every file of libs/testing an entry reaches, through static imports and dynamic ones (each a
 * chunk with `splitting`), as esbuild resolves them for the production build.
 */
async function testingFilesReachedFrom(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [join(ROOT, entry)],
    absWorkingDir: ROOT,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outdir: join(ROOT, '.boot-check'),
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [followWorkspaceOnly],
  });
  return Object.keys(result.metafile.inputs).filter((file) => file.startsWith('libs/testing/'));
}

describe('production boot imports nothing of @xiangzhi/testing', () => {
  it.each(['governance', 'meetings', 'points', 'gateway'])('services/%s/src/main.ts', async (service) => {
    expect(await testingFilesReachedFrom(`services/${service}/src/main.ts`)).toEqual([]);
  });
  it('sees @xiangzhi/testing where an entry does load it (the seed step of npm start)', async () => {
    expect(await testingFilesReachedFrom('tools/dev/src/seed-demo.ts')).toContain('libs/testing/src/seed.ts');
  });
});
