import { isGraphQLRequestError, type GraphQLRequestError } from '@xiangzhi/platform';

export const CONFLICT = 'CONFLICT';

/** Any thrown value as the user-facing error (the server's Chinese message when there is one). */
export function asRequestError(
  caught: unknown,
  fallback: string,
): { code: string; message: string; field: string | null } {
  if (isGraphQLRequestError(caught)) return { code: caught.code, message: caught.message, field: caught.field };
  return { code: 'CLIENT_ERROR', message: fallback, field: null };
}

export function isConflict(error: Pick<GraphQLRequestError, 'code'> | null | undefined): boolean {
  return error?.code === CONFLICT;
}

export { formFieldOf } from './fields';
