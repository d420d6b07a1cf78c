import { useCallback, useState } from 'react';

/**
 * Which step's request is running (its button shows loading, the others wait), so a second click cannot send a
 * step twice. `busyWith(key, fn)` marks `key` busy while `fn` runs.
 */
export function useBusy<K extends string = string>() {
  const [busy, setBusy] = useState<K | null>(null);
  const busyWith = useCallback(async (key: K, fn: () => Promise<unknown>) => {
    setBusy(key);
    try {
      await fn();
    } finally {
      setBusy(null);
    }
  }, []);
  return [busy, busyWith] as const;
}
