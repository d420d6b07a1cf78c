/** The list behind a number: a web route of the owning module with its filter. */
export interface Drill {
  path: string;
  query: Record<string, string | number>;
}

/** Drill target → URL (path + query string). */
export function drillUrl(d: Drill) {
  const qs = new URLSearchParams(Object.entries(d.query).map(([k, v]) => [k, String(v)])).toString();
  return qs ? `${d.path}?${qs}` : d.path;
}
