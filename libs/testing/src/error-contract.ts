import { expect } from 'vitest';

/** Codes only the kit answers with (its own refusals); a module's refusal never uses them. */
export const GENERIC_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'INTERNAL_SERVER_ERROR',
  'GRAPHQL_VALIDATION_FAILED',
] as const;

interface ContractResult {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

/**
 * The error contract of every subgraph for a caller's mistake: one error whose code is the
 * module's own (SCREAMING_SNAKE, not a generic one), the input field at fault, a Chinese message.
 */
export function expectModuleError(res: ContractResult, expected: { code: string; field: string }): void {
  expect(res.errors, 'one error').toHaveLength(1);
  const [error] = res.errors ?? [];
  expect(error.extensions).toEqual({ code: expected.code, field: expected.field });
  expect(expected.code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/);
  expect(GENERIC_CODES).not.toContain(expected.code);
  expect(error.message).toMatch(/[\u4e00-\u9fff]/);
}

/** The unknown-id rule for queries: a malformed, unknown or out-of-jurisdiction id is null, no error. */
export function expectNullById(res: ContractResult, field: string): void {
  expect(res.errors).toBeUndefined();
  expect(res.data).toEqual({ [field]: null });
}
