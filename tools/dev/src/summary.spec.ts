import { describe, expect, it } from 'vitest';
import { addCounts, countReport, summaryLine } from './summary.js';

const file = (name: string, status: string, assertions: string[], message?: string) => ({
  name,
  status,
  message,
  assertionResults: assertions.map((s) => ({ status: s })),
});

describe('countReport', () => {
  it('counts passed and failed tests of a vitest JSON report', () => {
    const counts = countReport({
      success: false,
      numPassedTests: 5,
      numFailedTests: 1,
      testResults: [
        file('a.spec.ts', 'passed', ['passed', 'passed']),
        file('b.spec.ts', 'failed', ['passed', 'failed', 'passed', 'passed']),
      ],
    });
    expect(counts).toEqual({ passed: 5, failed: 1, notes: [] });
  });

  it('counts a file that fails to load, and a failed run without failing tests', () => {
    const broken = countReport({
      success: false,
      numPassedTests: 2,
      numFailedTests: 0,
      testResults: [
        file('ok.spec.ts', 'passed', ['passed', 'passed']),
        file('broken.spec.ts', 'failed', [], 'Cannot find module x\n  at …'),
      ],
    });
    expect(broken.failed).toBe(1);
    expect(broken.notes).toEqual(['broken.spec.ts: Cannot find module x']);
    expect(countReport({ success: false, numPassedTests: 3, numFailedTests: 0, testResults: [] }).failed).toBe(1);
  });

  it('sums runs into the final line', () => {
    const total = addCounts({ passed: 10, failed: 0, notes: [] }, { passed: 2, failed: 1, notes: ['x'] });
    expect(summaryLine(total)).toBe('12 passed, 1 failed');
  });

  it('names the checks that failed after the counts', () => {
    expect(summaryLine({ passed: 12, failed: 0 }, ['lint', 'format check'])).toBe(
      '12 passed, 0 failed; lint, format check failed',
    );
  });

  it('refuses something that is not a vitest report', () => {
    expect(() => countReport({ hello: 1 })).toThrow();
  });
});
