import { gqlRequest, saveFile, useT, type TypedDocument } from '@xiangzhi/platform';
import { useCallback, useState } from 'react';
import { asRequestError } from './errors';
import type { FileDownload } from './files';

export interface FileAction<V> {
  busy: boolean;
  error: string | null;
  run(variables?: V): Promise<FileDownload | null>;
}

/** The fields of a result that hold a generated file. */
type FileField<T> = { [K in keyof T]: T[K] extends FileDownload ? K : never }[keyof T];

/**
 * Asks the server for a generated file (`{ <field> { fileName contentType contentBase64 } }`)
 * and, unless `save` is false, hands it to the browser as a download.
 */
export function useFileAction<T, V>(
  query: TypedDocument<T, V>,
  field: FileField<T>,
  options: { save?: boolean } = {},
): FileAction<V> {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = options.save ?? true;
  const run = useCallback(
    async (variables?: V) => {
      setBusy(true);
      setError(null);
      try {
        const data = await gqlRequest(query, variables);
        const file = data[field] as FileDownload;
        if (save) saveFile(file);
        return file;
      } catch (caught) {
        setError(asRequestError(caught, t('gov.common.failed')).message);
        return null;
      } finally {
        setBusy(false);
      }
    },
    [query, field, save, t],
  );
  return { busy, error, run };
}
