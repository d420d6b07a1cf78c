import { message } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, request } from '../api/request';

/** Why a detail page has no record: missing or out of the caller's scope (the server says 404/403/400), or failed. */
export type DetailFailure = 'notFound' | 'failed';

/** Classifies a failed detail load; a non-API error (network) counts as failed, so a retry is offered. */
export function detailFailure(error: unknown): DetailFailure {
  return error instanceof ApiError && [400, 403, 404].includes(error.status) ? 'notFound' : 'failed';
}

export interface Detail<T> {
  /** The record, null until loaded (and again once the server says it is gone or out of scope). */
  data: T | null;
  /** Why the last load failed, null after a successful one. */
  failure: DetailFailure | null;
  /** Loads again (after an action); resolves with the record, or undefined when the load failed. */
  reload: () => Promise<T | undefined>;
}

/**
 * The one way a detail page loads its record. `onData` runs with each loaded record before it is shown (pages that
 * keep an editable copy seed it there). Failures are not toasted while the page has nothing to show — the page
 * renders `<DetailState>` instead; a failed reload of a shown record keeps it and shows the server's message.
 */
export function useDetail<T>(url: string, onData?: (d: T) => void): Detail<T> {
  const [data, setData] = useState<T | null>(null);
  const [failure, setFailure] = useState<DetailFailure | null>(null);
  const onDataRef = useRef(onData);
  onDataRef.current = onData;
  const shown = useRef(false);
  const latest = useRef(url);
  latest.current = url;
  const reload = useCallback(async () => {
    try {
      const d = await request<T>('GET', url, { silent: true });
      if (latest.current !== url) return undefined;
      onDataRef.current?.(d);
      shown.current = true;
      setData(d);
      setFailure(null);
      return d;
    } catch (e) {
      if (latest.current !== url) return undefined;
      const why = detailFailure(e);
      if (why === 'notFound') {
        shown.current = false;
        setData(null);
      } else if (shown.current && e instanceof Error) message.error(e.message);
      setFailure(why);
      return undefined;
    }
  }, [url]);
  useEffect(() => {
    shown.current = false;
    setData(null);
    setFailure(null);
    void reload();
  }, [reload]);
  return { data, failure, reload };
}
