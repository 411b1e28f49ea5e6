// The boundary rules of eslint.config.js, run through ESLint's Node API on code that is not in the repo
// (a virtual file path inside it, so the real config and the real files it imports are used).
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './env.js';

// no-unresolved as well: an import the resolver cannot follow would slip past every boundary rule unseen
const eslint = new ESLint({ cwd: REPO_ROOT, overrideConfig: { rules: { 'import-x/no-unresolved': 'error' } } });

/** The problems ESLint reports for `code` as if it were the file `path` of the repo. */
async function lint(path: string, code: string): Promise<{ ruleId: string | null; message: string }[]> {
  const [result] = await eslint.lintText(code, { filePath: join(REPO_ROOT, path) });
  return (result?.messages ?? []).map(({ ruleId, message }) => ({ ruleId, message }));
}

// the first run loads the config, its plugins and the TypeScript resolver: seconds on a busy machine
beforeAll(() => lint('tools/dev/src/x.ts', 'export {};\n'), 120_000);

describe('governance module boundaries', () => {
  it('refuses a deep import of another module and says to import its index', async () => {
    const problems = await lint(
      'services/governance/src/modules/visit/x.ts',
      "export { HouseholdService } from '../household/household.service.js';\n",
    );
    expect(problems).toEqual([
      {
        ruleId: 'import-x/no-restricted-paths',
        message:
          'Unexpected path "../household/household.service.js" imported in restricted zone. ' +
          "Governance module 'visit' may use 'household' only through its index: " +
          "import from '../household/index.js' (export what you need there), not its internal files.",
      },
    ]);
  });

  it('refuses an import against the layer order', async () => {
    const problems = await lint(
      'services/governance/src/modules/region/x.ts',
      "export { Household } from '../household/household.entity.js';\n",
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]?.ruleId).toBe('import-x/no-restricted-paths');
    expect(problems[0]?.message).toContain("Governance module 'region' may not import 'household'");
    expect(problems[0]?.message).toContain('GOVERNANCE_LAYERS in eslint.config.js');
  });

  it("allows a lower module's index and the module's own files", async () => {
    const problems = await lint(
      'services/governance/src/modules/visit/x.ts',
      "export * from '../household/index.js';\nexport { VisitService } from './visit.service.js';\n",
    );
    expect(problems).toEqual([]);
  });
});

describe('project boundaries', () => {
  it('refuses a micro-frontend importing another micro-frontend', async () => {
    const problems = await lint('frontends/governance/src/x.ts', "export * from '@xiangzhi/admin';\n");
    expect(problems).toHaveLength(1);
    expect(problems[0]?.ruleId).toBe('import-x/no-restricted-paths');
    expect(problems[0]?.message).toContain(
      'A micro-frontend may import only @xiangzhi/platform, vendor packages and libs',
    );
  });

  it('allows a micro-frontend the platform module', async () => {
    expect(await lint('frontends/governance/src/x.ts', "export * from '@xiangzhi/platform';\n")).toEqual([]);
  });

  it('refuses a relative import that leaves the package', async () => {
    const problems = await lint('tools/dev/src/x.ts', "export * from '../../../libs/testing/src/postgres.js';\n");
    expect(problems.map((p) => p.ruleId)).toEqual(['import-x/no-relative-packages']);
  });

  it('refuses a backend service importing a frontend', async () => {
    const problems = await lint('services/points/src/x.ts', "export * from '@xiangzhi/platform';\n");
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('Backend code never imports a frontend')]);
  });
});
