import { message } from 'antd';

/** Error raised for a non-2xx reply, carrying the server's stable code and Chinese message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

type Query = Record<string, string | number | boolean | undefined | null>;

function withQuery(url: string, query?: Query) {
  if (!query) return url;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return qs ? `${url}?${qs}` : url;
}

let onUnauthenticated: (() => void) | null = null;
/** The shell registers where to go when the session is gone. */
export function setUnauthenticatedHandler(fn: () => void) {
  onUnauthenticated = fn;
}

/** The one request wrapper: JSON in and out, server error messages shown to the user unless `silent`. */
export async function request<T>(
  method: string,
  url: string,
  opts: { body?: unknown; query?: Query; silent?: boolean; form?: FormData } = {},
): Promise<T> {
  const init: RequestInit = { method, credentials: 'same-origin', headers: {} };
  if (opts.form) init.body = opts.form;
  else if (opts.body !== undefined) {
    init.body = JSON.stringify(opts.body);
    (init.headers as Record<string, string>)['Content-Type'] = 'application/json';
  }
  const res = await fetch(withQuery(url, opts.query), init);
  const text = await res.text();
  const data = text ? safeJson(text) : null;
  if (!res.ok) {
    const body = (data ?? {}) as { code?: string; message?: string; details?: unknown };
    const err = new ApiError(
      res.status,
      body.code ?? 'INTERNAL',
      body.message ?? `请求失败（${res.status}）`,
      body.details,
    );
    if ((err.code === 'UNAUTHENTICATED' || err.code === 'SESSION_EXPIRED') && onUnauthenticated) onUnauthenticated();
    if (!opts.silent) message.error(err.message);
    throw err;
  }
  return data as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { message: text };
  }
}

export const api = {
  get: <T>(url: string, query?: Query) => request<T>('GET', url, { query }),
  post: <T>(url: string, body?: unknown) => request<T>('POST', url, { body }),
  put: <T>(url: string, body?: unknown) => request<T>('PUT', url, { body }),
  del: <T>(url: string) => request<T>('DELETE', url),
  upload: <T>(url: string, file: File, fields: Record<string, string> = {}) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    form.append('file', file);
    return request<T>('POST', url, { form });
  },
};

/** Starts a browser download of a server-generated file (xlsx, docx). */
export function download(url: string, query?: Query) {
  const a = document.createElement('a');
  a.href = withQuery(url, query);
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
}
