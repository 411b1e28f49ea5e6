// `npm run build` of a service (its nx build target): bundles src/main.ts, and every worker
// thread's src/**/*.worker.ts, into dist/*.mjs, what `npm start` runs with NODE_ENV=production.
// The workspace libraries (@xiangzhi/*, TypeScript) are bundled in; npm packages stay imports
// resolved from node_modules at run time (native addons, fonts found by require.resolve). No
// decorator metadata is emitted (esbuild has none), so every type-graphql / MikroORM decorator
// names its type. A worker is found beside the bundle: new URL('./x.worker.mjs', import.meta.url).
import { readdir, rm } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { build } from 'esbuild';
import type { Plugin } from 'esbuild';

const serviceDir = process.cwd();
const dist = join(serviceDir, 'dist');

/** Bare imports other than the workspace's own stay external. */
const externalPackages: Plugin = {
  name: 'external-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@xiangzhi/') ? undefined : { path: args.path, external: true },
    );
  },
};

async function workers(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await workers(path)));
    else if (entry.name.endsWith('.worker.ts')) out.push(path);
  }
  return out;
}

const started = performance.now();
const workerFiles = await workers(join(serviceDir, 'src'));
await rm(dist, { recursive: true, force: true });
const result = await build({
  entryPoints: [
    { in: join(serviceDir, 'src', 'main.ts'), out: 'main' },
    ...workerFiles.map((file) => ({ in: file, out: basename(file, '.ts') })),
  ],
  outdir: dist,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  // a dynamic import (demo data on an empty database) stays a chunk loaded only when it runs
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  plugins: [externalPackages],
});
const bytes = Object.entries(result.metafile.outputs)
  .filter(([file]) => file.endsWith('.mjs'))
  .reduce((sum, [, o]) => sum + o.bytes, 0);
console.log(
  `built ${relative(process.cwd(), dist) || 'dist'}: main.mjs${workerFiles.map((f) => `, ${basename(f, '.ts')}.mjs`).join('')}` +
    ` (${Math.round(bytes / 1024)} KB) in ${Math.round(performance.now() - started)} ms`,
);
