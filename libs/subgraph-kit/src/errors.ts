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

export const badInput = (field: string, message: string): AppError =>
  new AppError(CommonErrorCode.BAD_USER_INPUT, message, field);
export const notFound = (message: string): AppError => new AppError(CommonErrorCode.NOT_FOUND, message);
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
