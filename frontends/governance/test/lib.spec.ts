import { describe, expect, it } from 'vitest';
import { wizardStep } from '../src/api/register-import';
import { formatDateTime, isoDate, periodOf, recentPeriods } from '../src/lib/dates';
import { formFieldOf } from '../src/lib/fields';
import { base64ToBytes, bytesToBase64 } from '../src/lib/files';
import { filterVariables, EMPTY_FILTERS } from '../src/households-query';
import type { ImportJob } from '../src/api/register-import';

describe('dates and periods', () => {
  it('formats the local date and the coverage periods', () => {
    const day = new Date(2026, 10, 22, 23, 30);
    expect(isoDate(day)).toBe('2026-11-22');
    expect(periodOf('MONTH', day)).toBe('2026-11');
    expect(periodOf('QUARTER', day)).toBe('2026-Q4');
    expect(recentPeriods('MONTH', 3, new Date(2026, 0, 15))).toEqual(['2026-01', '2025-12', '2025-11']);
    expect(recentPeriods('QUARTER', 3, new Date(2026, 1, 1))).toEqual(['2026-Q1', '2025-Q4', '2025-Q3']);
    expect(formatDateTime('2026-11-02')).toBe('2026-11-02');
    expect(formatDateTime(null)).toBe('');
  });
});

describe('files', () => {
  it('round-trips bytes through base64, large ones in chunks', () => {
    const bytes = new Uint8Array(100_000).map((_, index) => (index * 31) % 256);
    const encoded = bytesToBase64(bytes);
    expect(encoded).toBe(Buffer.from(bytes).toString('base64'));
    expect(Array.from(base64ToBytes(encoded))).toEqual(Array.from(bytes));
  });
});

describe('server errors on form fields', () => {
  it('matches the field or the last segment of a nested path', () => {
    const fields = ['address', 'productionSituation', 'idCardNo'];
    expect(formFieldOf('address', fields)).toBe('address');
    expect(formFieldOf('input.head.idCardNo', fields)).toBe('idCardNo');
    expect(formFieldOf('version', fields)).toBeNull();
    expect(formFieldOf(null, fields)).toBeNull();
  });
});

describe('household filters', () => {
  it('sends empty filters as null and normalises ID numbers and phones', () => {
    expect(filterVariables(EMPTY_FILTERS)).toEqual({
      search: null,
      idCardNo: null,
      phone: null,
      lookupReason: null,
      tag: null,
      gridId: null,
      unpaired: null,
      mine: null,
    });
    expect(filterVariables({ ...EMPTY_FILTERS, mine: true })).toMatchObject({ mine: true });
    expect(
      filterVariables({ ...EMPTY_FILTERS, idCardNo: ' 11010519491231002x ', phone: '138-0013 8000', unpaired: true }),
    ).toMatchObject({
      idCardNo: '11010519491231002X',
      phone: '13800138000',
      unpaired: true,
    });
  });
});

describe('import wizard steps', () => {
  const job = (status: ImportJob['status']): ImportJob => ({
    id: 'j',
    status,
    fileName: 'a.xlsx',
    totalRows: 3,
    validRows: 2,
    errorRows: 1,
    processedRows: 0,
    createdHouseholds: 0,
    updatedHouseholds: 0,
    progress: 0,
    errors: [],
  });
  it('follows the job', () => {
    expect(wizardStep(null, false)).toBe(1);
    expect(wizardStep(job('VALIDATING'), false)).toBe(2);
    expect(wizardStep(job('VALIDATED'), false)).toBe(2);
    expect(wizardStep(job('VALIDATED'), true)).toBe(3);
    expect(wizardStep(job('IMPORTING'), true)).toBe(3);
    expect(wizardStep(job('DONE'), true)).toBe(4);
    expect(wizardStep(job('FAILED'), true)).toBe(4);
  });
});
