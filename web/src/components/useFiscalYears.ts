import { use } from 'react';
import { useSearchParams } from 'react-router-dom';
import { workYearOf } from '../../../core/business-time';
import { api } from '../api/request';
import { useAuth } from '../app/auth';
import { defaultYear, type YearMeaning } from './fiscal-years';

interface FiscalYears {
  years: number[];
  /** The year the server marks as the region's work year (core workYearOf). */
  workYear: number;
}

/** The region's fiscal years, asked once per session and region (module cache); a failed answer is asked again. */
const cache = new Map<string, Promise<FiscalYears>>();

function fiscalYearsOf(regionCode: string): Promise<FiscalYears> {
  let years = cache.get(regionCode);
  if (!years) {
    years = api.get<{ year: number; workYear: boolean }[]>('/api/org/fiscal-years').then(
      (rows) => ({
        years: rows.map((r) => r.year).sort((a, b) => a - b),
        workYear: rows.find((r) => r.workYear)?.year ?? workYearOf(null),
      }),
      () => {
        cache.delete(regionCode);
        return { years: [], workYear: workYearOf(null) };
      },
    );
    cache.set(regionCode, years);
  }
  return years;
}

function useFiscalYearsData(): FiscalYears {
  const { me } = useAuth();
  return use(fiscalYearsOf(me?.regionCode ?? ''));
}

/** The region's fiscal years (ascending). The page waits (Suspense) for the first answer of the session. */
export function useFiscalYears(): readonly number[] {
  return useFiscalYearsData().years;
}

/** A page's default year by its meaning (see `defaultYear`). */
export function useDefaultYear(meaning: YearMeaning): number {
  const { years, workYear } = useFiscalYearsData();
  return defaultYear(meaning, years, workYear);
}

/**
 * A page whose year lives in its address (`?year=`, a drill-down or a shared link), else its default year; choosing
 * a year rewrites the address.
 */
export function useYearParam(meaning: YearMeaning): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const fallback = useDefaultYear(meaning);
  const named = Number(params.get('year'));
  const setYear = (year: number) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      next.set('year', String(year));
      return next;
    });
  return [Number.isInteger(named) && named > 0 ? named : fallback, setYear];
}

/** After the admin opens a year: every picker asks for the list again. */
export function forgetFiscalYears() {
  cache.clear();
}
