// ESLint over the whole repo (`npm run lint`; `npm test` runs it first). Prettier formats, this file judges:
// typescript-eslint, react-hooks for the frontends, named exports, lines ≤ 120, and the boundaries below.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ROOT = import.meta.dirname;
const GOVERNANCE_MODULES = 'services/governance/src/modules';

// ─── Governance module layers (shared/DESIGN.md "Modules of one subgraph depend in one direction") ───
// Lowest first. A module may import a module of a LOWER layer, only through its index.ts
// ('../<other>/index.js'), never its internal files; never a module of its own or a higher layer.
// - region lowest: settings checks a division exists. audit, settings: cross-cutting, every module above imports them.
// - register-import below register-export: the export writes the import's template and columns.
// - cadre before pairing: a pairing joins a cadre and a household (DESIGN writes "cadre/pairing").
// - the last layer are consumers of everything below; only main.ts / schema.ts (outside modules) import them.
// A module folder missing here may still be imported only through its index.ts, in no enforced direction.
const GOVERNANCE_LAYERS = [
  ['region'],
  ['audit', 'settings'],
  ['territory'],
  ['grid'],
  ['household'],
  ['cadre'],
  ['pairing'],
  ['visit', 'attachment'],
  ['case'],
  ['policy', 'industry', 'patrol', 'service-order', 'supervision'],
  ['transparency'],
  ['register-import'],
  ['account', 'contact-card', 'register-export'],
];

// meetings and points follow the same rule (meeting → agenda-item → deliberation → minutes;
// point-rule → point-entry → the ledger's writers → rankings and assessments → my-points)
const MEETINGS_LAYERS = [['meeting'], ['agenda-item'], ['deliberation'], ['minutes']];
// recompute replays what the ledger's writers (events, approvals) do; rankings read the ledger,
// assessments lock with a published ranking, star ratings and summaries read both
const POINTS_LAYERS = [
  ['point-rule'],
  ['point-entry'],
  ['point-events', 'point-approval'],
  ['recompute'],
  ['ranking'],
  ['assessment'],
  ['star-rating', 'summary'],
  ['my-points'],
];
// ─── end of the layer block ───

const folders = (parent) =>
  readdirSync(join(ROOT, parent), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);

/** import-x/no-restricted-paths zones of one subgraph: per pair of modules, either "index only" or "not at all". */
function moduleZones(label, dir, layers, layersName) {
  const layerOf = (module) => layers.findIndex((layer) => layer.includes(module));
  const modules = [...new Set([...layers.flat(), ...folders(dir)])];
  const zones = [];
  for (const importer of modules) {
    for (const imported of modules) {
      if (imported === importer) continue;
      const target = `${dir}/${importer}`;
      const from = `${dir}/${imported}`;
      const [low, high] = [layerOf(imported), layerOf(importer)];
      if (low >= 0 && high >= 0 && low >= high) {
        zones.push({
          target,
          from,
          message:
            `${label} module '${importer}' may not import '${imported}': modules depend only on lower layers ` +
            `(${imported} is ${low === high ? 'in the same layer' : 'higher'}; see ${layersName} in eslint.config.js). ` +
            `Move the shared rule down or let '${imported}' call '${importer}' instead.`,
        });
      } else {
        zones.push({
          target,
          from,
          except: ['./index.ts'],
          message:
            `${label} module '${importer}' may use '${imported}' only through its index: ` +
            `import from '../${imported}/index.js' (export what you need there), not its internal files.`,
        });
      }
    }
  }
  return zones;
}

const governanceZones = () => [
  ...moduleZones('Governance', GOVERNANCE_MODULES, GOVERNANCE_LAYERS, 'GOVERNANCE_LAYERS'),
  ...moduleZones('Meetings', 'services/meetings/src/modules', MEETINGS_LAYERS, 'MEETINGS_LAYERS'),
  ...moduleZones('Points', 'services/points/src/modules', POINTS_LAYERS, 'POINTS_LAYERS'),
];

const MICRO_FRONTENDS = ['governance', 'admin', 'meetings', 'points'];

/** Micro-frontends see platform, vendor packages and libs; backends and frontends never see each other. */
function projectZones() {
  const zones = MICRO_FRONTENDS.map((mfe) => ({
    target: `frontends/${mfe}`,
    from: [...MICRO_FRONTENDS.filter((other) => other !== mfe).map((other) => `frontends/${other}`), 'frontends/shell'],
    message:
      `A micro-frontend may import only @xiangzhi/platform, vendor packages and libs, never another ` +
      `micro-frontend or the shell: move what both need into frontends/platform.`,
  }));
  zones.push(
    {
      target: 'frontends',
      from: 'services',
      message: 'Frontends never import a backend service: talk to it through GraphQL (@xiangzhi/platform).',
    },
    {
      target: ['services', 'libs'],
      from: 'frontends',
      message: 'Backend code never imports a frontend: move shared code into a lib.',
    },
  );
  return zones;
}

export default defineConfig(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.data/**',
      '.nx/**',
      '.scratch/**',
      'tools/e2e/screenshots/**',
      // generated files
      '**/__generated__/**',
      '**/*.generated.ts',
      '**/gql/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: join(ROOT, 'tsconfig.json') })],
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // type-graphql's buildSchema (resolvers, orphanedTypes) and MikroORM's entity lists are typed `Function`
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      // house style: named exports only (config files that need a default export are allowed below)
      'import-x/no-default-export': 'error',
      // no `../../other-package/src/x` across projects: import the package by its name
      'import-x/no-relative-packages': 'error',
      'import-x/no-restricted-paths': ['error', { basePath: ROOT, zones: [...governanceZones(), ...projectZones()] }],
      'max-len': [
        'error',
        {
          code: 120,
          ignoreStrings: true,
          ignoreTemplateLiterals: true,
          ignoreUrls: true,
          ignoreRegExpLiterals: true,
        },
      ],
    },
  },
  {
    files: ['frontends/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    ...reactHooks.configs.flat.recommended,
  },
  {
    // tools that need a default export
    files: ['eslint.config.js', '**/vite.config.ts', '**/vitest.config.ts', '**/vitest.workspace.ts', '**/codegen.ts'],
    rules: { 'import-x/no-default-export': 'off' },
  },
);
