import type { Router } from 'express';

interface Layer {
  route?: { path: string | RegExp; methods: Record<string, boolean> };
}

/** `METHOD /path` for every route of the given routers, e.g. for the authorization matrix test. */
export function describeRoutes(routers: readonly Router[]): string[] {
  const routes: string[] = [];
  for (const router of routers) {
    for (const layer of router.stack as Layer[]) {
      if (!layer.route) continue;
      for (const method of Object.keys(layer.route.methods)) {
        routes.push(`${method.toUpperCase()} /api${String(layer.route.path)}`);
      }
    }
  }
  return routes;
}
