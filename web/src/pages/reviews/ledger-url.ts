/** The 复核建议台账 (/evaluation/reviews/findings) narrowed by `query`: a drill from a count to its findings. */
export function ledgerUrl(query: Record<string, string | number>) {
  const params = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
  return `/evaluation/reviews/findings?${params}`;
}
