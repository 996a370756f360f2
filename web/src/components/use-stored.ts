import { useEffect, useState } from 'preact/hooks';

/** State mirrored into localStorage, so a reload or a closed tab loses nothing. */
export const useStored = <T>(key: string, initial: T): [T, (value: T) => void] => {
  const [value, setValue] = useState<T>(() => {
    try {
      const raw = localStorage.getItem(key);
      return raw ? (JSON.parse(raw) as T) : initial;
    } catch {
      return initial;
    }
  });
  useEffect(() => {
    try {
      localStorage.setItem(key, JSON.stringify(value));
    } catch {
      // storage full or disabled: the in-memory state still works
    }
  }, [key, value]);
  return [value, setValue];
};
