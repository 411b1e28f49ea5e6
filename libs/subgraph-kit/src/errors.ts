import { GraphQLError, type GraphQLFormattedError } from 'graphql/index.js';
import { unwrapResolverError } from '@apollo/server/errors';
import { AuthenticationError, AuthorizationError } from 'type-graphql';
import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { AccessDeniedError, JurisdictionError, TokenError } from '@xiangzhi/auth';
import type { Logger } from 'pino';

/** Codes every subgraph shares; each module adds its own enum in `<name>.errors.ts`. */
export enum CommonErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** A rule broken by the caller: carries a code, a Chinese message and the input field at fault. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** Generic input failures found before a module sees the request (the input guard, variable types). */
export const badInput = (field: string, message: string): AppError =>
  new AppError(CommonErrorCode.BAD_USER_INPUT, message, field);
export const notFound = (message: string): AppError => new AppError(CommonErrorCode.NOT_FOUND, message);

/**
 * The error contract: a caller's mistake answers with the module's own SCREAMING_SNAKE code
 * (`MEETING_DATE_INVALID`), the input field at fault and a Chinese message. Generic codes stay
 * for what the kit itself refuses (UNAUTHENTICATED, FORBIDDEN, the input guard, variable types).
 */
export interface ErrorRule {
  /** The input field at fault, as the client named it. */
  field?: string;
  message: string;
  /** A generic code instead of the rule's own (e.g. FORBIDDEN for an out-of-jurisdiction write). */
  code?: CommonErrorCode.FORBIDDEN | CommonErrorCode.CONFLICT;
}

/**
 * A module's `<name>.errors.ts` in one call: its rules keyed by their codes. The factory takes an
 * optional detail (a capacity, a name), appended in brackets.
 */
export function errorTable<C extends string>(rules: Record<C, ErrorRule>): (code: C, detail?: string) => AppError {
  return (code, detail) => {
    const rule = rules[code];
    const message = detail ? `${rule.message}（${detail}）` : rule.message;
    return new AppError(rule.code ?? code, message, rule.field);
  };
}

const snake = (s: string): string =>
  s
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toUpperCase();

/**
 * Free-text checks of a module: `<MODULE>_<FIELD>_INVALID` with the field (its last named part:
 * `residents.2.idCardNo` gives `…_ID_CARD_NO_INVALID`) and the message written at the check.
 */
export function invalidInput(module: string): (field: string, message: string) => AppError {
  const prefix = snake(module);
  return (field, message) => {
    const name =
      field
        .split('.')
        .filter((part) => !/^\d+$/.test(part))
        .pop() ?? field;
    return new AppError(`${prefix}_${snake(name)}_INVALID`, message, field);
  };
}

/**
 * An id a mutation names that does not exist, is malformed or lies outside the caller's
 * jurisdiction: one answer for all three (`HOUSEHOLD_NOT_FOUND` on `householdId`), so existence
 * does not leak. A query by id answers null instead.
 */
export const entityNotFound = (entity: string, field: string, message: string): AppError =>
  new AppError(`${snake(entity)}_NOT_FOUND`, message, field);
export const unauthenticated = (message = '请先登录'): AppError =>
  new AppError(CommonErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message = '您没有权限执行此操作'): AppError =>
  new AppError(CommonErrorCode.FORBIDDEN, message);

/** Maps any thrown value to the error a client sees. One place, so every subgraph answers alike. */
export function toAppError(e: unknown): AppError | null {
  if (e instanceof AppError) return e;
  if (e instanceof JurisdictionError || e instanceof AccessDeniedError)
    return new AppError(CommonErrorCode.FORBIDDEN, e.message);
  if (e instanceof TokenError) return new AppError(CommonErrorCode.UNAUTHENTICATED, e.message);
  if (e instanceof AuthenticationError) return unauthenticated();
  if (e instanceof AuthorizationError) return forbidden();
  if (e instanceof OptimisticLockError) return new AppError(CommonErrorCode.CONFLICT, '数据已被他人修改，请刷新后重试');
  if (e instanceof UniqueConstraintViolationException)
    return new AppError(CommonErrorCode.CONFLICT, '记录已存在，不能重复添加');
  return null;
}

/**
 * graphql-js words a variable that its type refuses as `Variable "$input" got invalid value … at
 * "input.head.name"; …`: the field is that path (list items as `.2`), else the variable's name.
 */
export function variableErrorField(message: string): string | null {
  const m =
    /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)" (?:got invalid value .*? at "([^"]+)";|got invalid value|of required type|of non-null type)/s.exec(
      message,
    );
  if (!m) return null;
  return (m[2] ?? m[1]).replace(/\[(\d+)\]/g, '.$1');
}

const VARIABLE_MESSAGE = '参数的取值与类型不符（如必填项为空、数字或日期格式不对），请检查后重试';

export function makeFormatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    // an AppError thrown outside a resolver (the input guard plugin) arrives wrapped, without a path
    const app = toAppError(original) ?? (original instanceof GraphQLError ? toAppError(original.originalError) : null);
    if (app) {
      return {
        message: app.message,
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: app.code, ...(app.field ? { field: app.field } : {}) },
      };
    }
    const code = formatted.extensions?.code;
    // Apollo's own request errors (parse, validation, bad variables) are the client's fault and safe to show.
    if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
      const field = code === CommonErrorCode.BAD_USER_INPUT ? variableErrorField(formatted.message) : null;
      if (field) {
        const cause = original instanceof GraphQLError ? (original.originalError?.message ?? '') : '';
        return {
          message: /[\u4e00-\u9fff]/.test(cause) ? cause : VARIABLE_MESSAGE,
          locations: formatted.locations,
          extensions: { code: CommonErrorCode.BAD_USER_INPUT, field },
        };
      }
      return {
        ...formatted,
        extensions: {
          code:
            code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED'
              ? code
              : CommonErrorCode.BAD_USER_INPUT,
        },
      };
    }
    if (!(original instanceof GraphQLError) || code === 'INTERNAL_SERVER_ERROR') {
      log.error({ err: original, path: formatted.path }, 'unhandled resolver error');
    }
    return {
      message: '服务器内部错误，请稍后再试',
      path: formatted.path,
      extensions: { code: CommonErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
