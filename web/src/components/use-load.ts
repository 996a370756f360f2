import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiFailure } from '../api/client';
import { endSession } from '../session';

/** Loads data for a page, with loading and error states and a reload; an expired session signs out. */
export const useLoad = <T>(load: () => Promise<T>, deps: unknown[]) => {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    load().then(
      (d) => {
        setData(d);
        setError(null);
      },
      (e: unknown) => {
        if (e instanceof ApiFailure && e.status === 401) endSession();
        setError(e instanceof Error ? e.message : String(e));
      },
    );
  }, deps);
  useEffect(reload, [reload]);
  return { data, error, reload };
};
