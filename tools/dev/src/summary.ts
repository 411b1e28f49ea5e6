import { z } from 'zod';

/** The parts of vitest's JSON reporter output we count. */
const reportSchema = z.object({
  success: z.boolean().optional(),
  numPassedTests: z.number().int(),
  numFailedTests: z.number().int(),
  testResults: z
    .array(
      z.object({
        name: z.string(),
        status: z.string(),
        message: z.string().optional(),
        assertionResults: z.array(z.object({ status: z.string() })).default([]),
      }),
    )
    .default([]),
});

export interface RunCounts {
  passed: number;
  failed: number;
  /** Why something counted as failed beyond a failing test. */
  notes: string[];
}

/**
 * Passed and failed tests of one vitest run. A test file that fails without a failing test (an
 * import error, a failing beforeAll) counts as one failure; so does a run vitest calls failed
 * for another reason (an unhandled error), so that nothing broken reads "0 failed".
 */
export function countReport(json: unknown): RunCounts {
  const report = reportSchema.parse(json);
  const notes: string[] = [];
  let failed = report.numFailedTests;
  for (const file of report.testResults) {
    if (file.status === 'failed' && !file.assertionResults.some((a) => a.status === 'failed')) {
      failed++;
      notes.push(`${file.name}: ${(file.message ?? 'failed without a failing test').split('\n')[0]}`);
    }
  }
  if (report.success === false && failed === 0) {
    failed++;
    notes.push('vitest reported the run as failed (e.g. an unhandled error between tests)');
  }
  return { passed: report.numPassedTests, failed, notes };
}

export const addCounts = (a: RunCounts, b: RunCounts): RunCounts => ({
  passed: a.passed + b.passed,
  failed: a.failed + b.failed,
  notes: [...a.notes, ...b.notes],
});

/** The last line of `npm test`: the test counts, then the checks that failed (type check, lint, format check). */
export const summaryLine = (c: Pick<RunCounts, 'passed' | 'failed'>, failedChecks: string[] = []): string =>
  `${c.passed} passed, ${c.failed} failed` + (failedChecks.length > 0 ? `; ${failedChecks.join(', ')} failed` : '');
