import type { TablePaginationConfig } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api } from '../api/request';

export const PAGE_SIZE = 20;

export interface Paged<T> {
  items: T[];
  total: number;
}

interface Options<P> {
  /** Waits this long after the last filter change before loading (search as you type). */
  debounceMs?: number;
  /** The empty page shown before the first answer (lists that carry sums beside items). */
  empty?: P;
  /** Pagination total text; `共 N 项` unless told. */
  unit?: string;
}

/** Filters named in the page's address (a cockpit drill-down, a to-do link): digits as numbers, like the selects. */
export function filtersFromQuery(params: URLSearchParams): Record<string, string | number> {
  return Object.fromEntries(
    [...params]
      .filter(([k, v]) => v !== '' && k !== 'page' && k !== 'pageSize')
      .map(([k, v]) => [k, /^\d{1,9}$/.test(v) ? Number(v) : v]),
  );
}

/**
 * A page's filter state seeded from its address: the initial filters, overridden by those the address names. Lists
 * that keep their own state (not `usePagedList`) read a drill-down's filters through this too.
 */
export function useAddressFilters<F extends object>(initial: F | (() => F)) {
  const [params] = useSearchParams();
  return useState<F>(() => ({
    ...(typeof initial === 'function' ? initial() : initial),
    ...filtersFromQuery(params),
  }));
}

/**
 * A scoped list page's state: filters, page, the loaded page and the Table pagination wiring.
 * `set` merges a filter patch and goes back to page 1; `load` reloads the current page. Filters in the address
 * override the initial ones, so a link to `/projects?year=2025` lists what the number behind it counted.
 */
export function usePagedList<T, F extends object, P extends Paged<T> = Paged<T>>(
  url: string,
  initial: F | (() => F),
  options: Options<P> = {},
) {
  const { debounceMs, empty, unit = '项' } = options;
  const [filters, setFilters] = useAddressFilters(initial);
  const [page, setPage] = useState(1);
  const [data, setData] = useState<P>(() => empty ?? ({ items: [], total: 0 } as Paged<T> as P));
  const load = useCallback(
    () => api.get<P>(url, { ...filters, page, pageSize: PAGE_SIZE }).then(setData, () => undefined),
    [url, filters, page],
  );
  useEffect(() => {
    if (debounceMs === undefined) {
      void load();
      return;
    }
    const timer = setTimeout(() => void load(), debounceMs);
    return () => clearTimeout(timer);
  }, [load, debounceMs]);
  const set = useCallback(
    (patch: Partial<F>) => {
      setPage(1);
      setFilters((f) => ({ ...f, ...patch }));
    },
    [setFilters],
  );
  const pagination: TablePaginationConfig = {
    current: page,
    total: data.total,
    pageSize: PAGE_SIZE,
    onChange: setPage,
    showTotal: (n) => `共 ${n} ${unit}`,
  };
  return { filters, set, page, setPage, data, load, pagination };
}
