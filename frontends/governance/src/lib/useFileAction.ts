import { gqlRequest, saveFile, useT, type GraphQLVariables } from '@xiangzhi/platform';
import { useCallback, useState } from 'react';
import { asRequestError } from './errors';
import type { FileDownload } from './files';

export interface FileAction {
  busy: boolean;
  error: string | null;
  run(variables?: GraphQLVariables): Promise<FileDownload | null>;
}

/**
 * Asks the server for a generated file (`{ <field> { fileName contentType contentBase64 } }`)
 * and, unless `save` is false, hands it to the browser as a download.
 */
export function useFileAction(query: string, field: string, options: { save?: boolean } = {}): FileAction {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = options.save ?? true;
  const run = useCallback(
    async (variables?: GraphQLVariables) => {
      setBusy(true);
      setError(null);
      try {
        const data = await gqlRequest<Record<string, FileDownload>>(query, variables);
        const file = data[field];
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
