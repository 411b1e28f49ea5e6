import { isGraphQLRequestError } from '@xiangzhi/platform';
import type { FormInstance } from 'antd';

export interface FormFailure {
  code: string;
  /** Shown above the form's buttons: the error named no field of the form. */
  message: string | null;
}

/**
 * Puts a server error under the field it names (`extensions.field`) when the form has that
 * field; otherwise returns its message for the form's alert. `fallback` covers non-GraphQL errors.
 */
export function showServerError<Values>(
  form: FormInstance<Values>,
  fields: readonly string[],
  caught: unknown,
  fallback: string,
): FormFailure {
  if (!isGraphQLRequestError(caught)) return { code: 'CLIENT_ERROR', message: fallback };
  const field = caught.field;
  if (field && fields.includes(field)) {
    form.setFields([{ name: field as never, errors: [caught.message] }]);
    return { code: caught.code, message: null };
  }
  return { code: caught.code, message: caught.message };
}

/** An error message without a form (buttons such as unlock or reset). */
export function errorMessage(caught: unknown, fallback: string): string {
  return isGraphQLRequestError(caught) ? caught.message : fallback;
}
