import { gqlRequest, useT } from '@xiangzhi/platform';
import { useCallback, useEffect, useRef, useState } from 'react';
import { IMPORT_JOB_QUERY, isRunning, type ImportJob } from '../api/register-import';
import { asRequestError } from './errors';

const POLL_MS = 1000;

export interface ImportJobState {
  job: ImportJob | null;
  error: string | null;
  /** A job that the server just returned (validate / commit): polled while it runs. */
  track(job: ImportJob): void;
  reset(): void;
}

/** Follows an import job: polls importJob every second while it is validating or importing. */
export function useImportJob(): ImportJobState {
  const t = useT();
  const [job, setJob] = useState<ImportJob | null>(null);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const generation = useRef(0);

  const stop = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };

  const track = useCallback(
    (next: ImportJob) => {
      stop();
      const mine = ++generation.current;
      setJob(next);
      setError(null);
      const poll = (current: ImportJob) => {
        if (!isRunning(current.status)) return;
        timer.current = setTimeout(async () => {
          try {
            const data = await gqlRequest(IMPORT_JOB_QUERY, { id: current.id });
            if (mine !== generation.current || !data.importJob) return;
            setJob(data.importJob);
            poll(data.importJob);
          } catch (caught) {
            if (mine === generation.current) setError(asRequestError(caught, t('gov.common.failed')).message);
          }
        }, POLL_MS);
      };
      poll(next);
    },
    [t],
  );

  const reset = useCallback(() => {
    stop();
    generation.current += 1;
    setJob(null);
    setError(null);
  }, []);

  useEffect(
    () => () => {
      stop();
      generation.current += 1;
    },
    [],
  );
  return { job, error, track, reset };
}
