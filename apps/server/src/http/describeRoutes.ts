import type { Express } from 'express';

interface Layer {
  route?: { path: string | RegExp; methods: Record<string, boolean> };
  rawPath?: string | RegExp | (string | RegExp)[];
  handle?: { stack?: Layer[] };
}

/**
 * `METHOD /path` for every route the real app answers, wherever it was declared: on the app,
 * on the API router (`/api/health`) or in routers nested at any depth. The authorization
 * matrix test compares this list with its entries, so an unlisted route fails it.
 */
export function describeRoutes(app: Express): string[] {
  return walk((app as unknown as { router: { stack: Layer[] } }).router.stack, '');
}

function walk(stack: readonly Layer[], prefix: string): string[] {
  const routes: string[] = [];
  for (const layer of stack) {
    if (layer.route) {
      for (const method of Object.keys(layer.route.methods)) {
        routes.push(`${method.toUpperCase()} ${prefix}${String(layer.route.path)}`);
      }
    } else if (layer.handle?.stack) {
      const path = Array.isArray(layer.rawPath) ? layer.rawPath.join('|') : layer.rawPath;
      routes.push(
        ...walk(layer.handle.stack, path && path !== '/' ? `${prefix}${String(path)}` : prefix),
      );
    }
  }
  return routes;
}
