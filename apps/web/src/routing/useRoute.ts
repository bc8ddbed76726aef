// A few lines of history-API routing: the app has two screens, so a router
// dependency would cost more than it saves.
import { useSyncExternalStore } from 'react';

export type Route =
  { name: 'statements' } | { name: 'statement'; statementId: string } | { name: 'notFound' };

const NAVIGATED = 'plenary:navigated';

/** The route a path points at. */
export function matchRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { name: 'statements' };
  const statement = /^\/s\/([^/]+)\/?$/.exec(pathname);
  if (statement?.[1]) return { name: 'statement', statementId: decodeURIComponent(statement[1]) };
  return { name: 'notFound' };
}

/** Path of a statement's editor page. */
export function statementPath(statementId: string): string {
  return `/s/${encodeURIComponent(statementId)}`;
}

/** Go to a path inside the app without reloading the page. */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATED));
  window.scrollTo(0, 0);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATED, onChange);
  };
}

function currentPath(): string {
  return window.location.pathname;
}

/** The current route; re-renders on navigation and on back/forward. */
export function useRoute(): Route {
  const pathname = useSyncExternalStore(subscribe, currentPath);
  return matchRoute(pathname);
}
