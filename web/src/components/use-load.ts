import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiFailure } from '../api/client';
import { endSession } from '../session';

/** Loads data for a page, with loading and error states and a reload; an expired session signs out. */
export const useLoad = <T>(load: () => Promise<T>, deps: unknown[]) => {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Only the latest load may land: an earlier, slower answer (say, in the previous language) is dropped.
  const latest = useRef(0);
  const reload = useCallback(() => {
    const ticket = ++latest.current;
    load().then(
      (d) => {
        if (ticket !== latest.current) return;
        setData(d);
        setError(null);
      },
      (e: unknown) => {
        if (ticket !== latest.current) return;
        if (e instanceof ApiFailure && e.status === 401) endSession();
        setError(e instanceof Error ? e.message : String(e));
      },
    );
  }, deps);
  useEffect(reload, [reload]);
  return { data, error, reload };
};
