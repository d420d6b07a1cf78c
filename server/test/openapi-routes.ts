import type { FastifyInstance } from 'fastify';

export interface RouteInfo {
  method: string;
  path: string;
  /** JSON schema of the body, when the route declares one. */
  body?: { properties?: Record<string, { type?: string | string[] }>; required?: string[] };
  hasQuery: boolean;
}

/** Every documented route of the app, from its OpenAPI document (so a new route is covered automatically). */
export async function documentedRoutes(app: FastifyInstance): Promise<RouteInfo[]> {
  await app.ready();
  const doc = app.swagger() as {
    paths: Record<
      string,
      Record<
        string,
        { requestBody?: { content?: Record<string, { schema?: RouteInfo['body'] }> }; parameters?: { in: string }[] }
      >
    >;
  };
  const routes: RouteInfo[] = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      routes.push({
        method: method.toUpperCase(),
        path: path.replace(/\{(\w+)\}/g, ':$1'),
        body: op.requestBody?.content?.['application/json']?.schema,
        hasQuery: (op.parameters ?? []).some((p) => p.in === 'query'),
      });
    }
  }
  return routes;
}

/** Fills path parameters with a value (ids that do not exist keep probes from changing real rows). */
export function fillPath(path: string, value: string) {
  return path.replace(/:(\w+)/g, (_, name: string) => (name === 'area' ? 'scoring' : value));
}
