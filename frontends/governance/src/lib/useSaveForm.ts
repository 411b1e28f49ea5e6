import { useT } from '@xiangzhi/platform';
import type { FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { asRequestError, CONFLICT } from './errors';

/** A field's name as `form.setFields` takes it. */
type FieldName<Values> = Parameters<FormInstance<Values>['setFields']>[0][number]['name'];

export interface SaveFormOptions {
  /** The form field a server error names (`extensions.field`); null shows the error below the form. */
  fieldOf(field: string | null): string | null;
  /** Shown on CONFLICT when the server sends no message. */
  conflictFallback?: string;
  /** After a server error was put under a field (open the part it is in, scroll to it). */
  onFieldError?(field: string): void;
}

export interface SaveForm {
  saving: boolean;
  /** An error that names no field of the form. */
  error: string | null;
  /** CONFLICT: someone saved in between; nothing was written and the user reloads. */
  conflict: string | null;
  clearConflict(): void;
  save(request: () => Promise<void>): Promise<void>;
}

/**
 * Saving a form with a version: a CONFLICT becomes `conflict`, an error naming one of the
 * form's fields goes under that field, any other error becomes `error`.
 */
export function useSaveForm<Values>(form: FormInstance<Values>, options: SaveFormOptions): SaveForm {
  const t = useT();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const clearConflict = useCallback(() => setConflict(null), []);

  const save = async (request: () => Promise<void>) => {
    setSaving(true);
    setError(null);
    setConflict(null);
    try {
      await request();
    } catch (caught) {
      const failure = asRequestError(caught, t('gov.common.failed'));
      const field = options.fieldOf(failure.field);
      if (failure.code === CONFLICT)
        setConflict(
          options.conflictFallback === undefined ? failure.message : failure.message || options.conflictFallback,
        );
      else if (field) {
        form.setFields([{ name: field as FieldName<Values>, errors: [failure.message] }]);
        options.onFieldError?.(field);
      } else setError(failure.message);
    } finally {
      setSaving(false);
    }
  };

  return { saving, error, conflict, clearConflict, save };
}
