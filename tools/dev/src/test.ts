// `npm test`: the type check, lint and format check first, Debian chromium for the browser tests (installed
// when missing and we are root), the build, every unit and integration test, then the browser tests; one
// summary line at the end. A failed check fails the run, but the tests still run (CI shows everything at once).
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './env.js';
import { addCounts, countReport, summaryLine } from './summary.js';
import type { RunCounts } from './summary.js';

const CHROMIUM = '/usr/bin/chromium';

/** Runs a command with the terminal attached; resolves to its exit code. */
function run(command: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<number> {
  console.log(`\n[test] $ ${command} ${args.join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, stdio: 'inherit', env: { ...process.env, ...extraEnv } });
    child.on('error', (e) => {
      console.error(`[test] could not run ${command}: ${e.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

/** True when dpkg knows the package is not installed (false on a machine without dpkg). */
async function debianPackageMissing(name: string): Promise<boolean> {
  if (!existsSync('/usr/bin/dpkg-query')) return false;
  try {
    const { stdout } = await promisify(execFile)('dpkg-query', ['-W', '-f=${Status}', name]);
    return !stdout.includes('install ok installed');
  } catch {
    return true;
  }
}

/** The browser tests need Debian's chromium and CJK fonts (screenshots of Chinese pages). */
async function ensureChromium(): Promise<void> {
  const missing = [
    ...(existsSync(CHROMIUM) ? [] : ['chromium']),
    ...((await debianPackageMissing('fonts-noto-cjk')) ? ['fonts-noto-cjk'] : []),
  ];
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} missing and this is not root: install with \`sudo apt-get install -y chromium fonts-noto-cjk\`, then run npm test again`,
    );
  }
  console.log(
    `[test] installing ${missing.join(' ')} for the browser tests (apt-get update, then apt-get install -y chromium fonts-noto-cjk)`,
  );
  const aptEnv = { DEBIAN_FRONTEND: 'noninteractive' };
  if ((await run('apt-get', ['update'], aptEnv)) !== 0) throw new Error('apt-get update failed');
  if ((await run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-noto-cjk'], aptEnv)) !== 0)
    throw new Error('apt-get install chromium fonts-noto-cjk failed');
  if (!existsSync(CHROMIUM)) throw new Error(`apt-get finished but ${CHROMIUM} is still missing`);
}

/** One vitest run with the JSON reporter; its counts (a run without a report counts as a failure). */
async function vitest(label: string, projectArgs: string[], reportDir: string): Promise<RunCounts> {
  const report = join(reportDir, `${label}.json`);
  const code = await run('npx', [
    'vitest',
    'run',
    ...projectArgs,
    // project configs may import workspace packages written in TypeScript
    '--configLoader',
    'runner',
    '--passWithNoTests',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  try {
    return countReport(JSON.parse(await readFile(report, 'utf8')));
  } catch (e) {
    return {
      passed: 0,
      failed: 1,
      notes: [
        `${label}: vitest exited with code ${code} without a usable report (${e instanceof Error ? e.message : String(e)})`,
      ],
    };
  }
}

/** The root package.json scripts run before any test, by the name the summary gives them. */
const CHECKS = [
  { name: 'type check', script: 'typecheck' },
  { name: 'lint', script: 'lint' },
  { name: 'format check', script: 'format:check' },
] as const;

/** Runs every check (not stopping at the first failure); the names of those that failed. */
async function staticChecks(): Promise<string[]> {
  const failed: string[] = [];
  for (const check of CHECKS) if ((await run('npm', ['run', '--silent', check.script])) !== 0) failed.push(check.name);
  return failed;
}

async function main(): Promise<number> {
  const started = performance.now();
  const failedChecks = await staticChecks();
  await ensureChromium();
  const notes: string[] = failedChecks.map((name) => `the ${name} failed (its output is above)`);
  const buildCode = await run('npx', ['nx', 'run-many', '-t', 'build', '--outputStyle=static'], { NX_DAEMON: 'false' });
  if (buildCode !== 0) notes.push(`the build failed (exit code ${buildCode}): the browser tests were skipped`);

  const reportDir = await mkdtemp(join(tmpdir(), 'xiangzhi-vitest-'));
  let counts = await vitest('unit', ['--project', '!e2e'], reportDir);
  if (buildCode === 0) counts = addCounts(counts, await vitest('e2e', ['--project', 'e2e'], reportDir));
  await rm(reportDir, { recursive: true, force: true });

  const failed = counts.failed + (buildCode === 0 ? 0 : 1);
  console.log('');
  for (const note of [...notes, ...counts.notes]) console.log(`[test] ${note}`);
  console.log(`[test] finished in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  console.log(summaryLine({ passed: counts.passed, failed }, failedChecks));
  return failed > 0 || failedChecks.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`\n[test] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
