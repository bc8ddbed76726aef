// A few lines of history-API routing: the app has a handful of screens, so a router
// dependency would cost more than it saves.
import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'statements' }
  | { name: 'statement'; statementId: string }
  | { name: 'debates' }
  | { name: 'debate'; debateId: string }
  | { name: 'outcome'; debateId: string }
  | { name: 'reference'; referenceId: string }
  | { name: 'invitation'; token: string }
  | { name: 'notFound' };

const NAVIGATED = 'plenary:navigated';

const segment = (pattern: RegExp, pathname: string): string | null => {
  const match = pattern.exec(pathname);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
};

/** The route a path points at. */
export function matchRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { name: 'statements' };
  if (/^\/debates\/?$/.test(pathname)) return { name: 'debates' };
  const statementId = segment(/^\/s\/([^/]+)\/?$/, pathname);
  if (statementId) return { name: 'statement', statementId };
  const outcomeOf = segment(/^\/debates\/([^/]+)\/outcome\/?$/, pathname);
  if (outcomeOf) return { name: 'outcome', debateId: outcomeOf };
  const debateId = segment(/^\/debates\/([^/]+)\/?$/, pathname);
  if (debateId) return { name: 'debate', debateId };
  const referenceId = segment(/^\/references\/([^/]+)\/?$/, pathname);
  if (referenceId) return { name: 'reference', referenceId };
  const token = segment(/^\/invite\/([^/]+)\/?$/, pathname);
  if (token) return { name: 'invitation', token };
  return { name: 'notFound' };
}

/** Path of a statement's editor page. */
export function statementPath(statementId: string): string {
  return `/s/${encodeURIComponent(statementId)}`;
}

export function debatePath(debateId: string): string {
  return `/debates/${encodeURIComponent(debateId)}`;
}

/** The debate's outcome document. */
export function outcomePath(debateId: string): string {
  return `${debatePath(debateId)}/outcome`;
}

/** A library document's reading page, optionally at one of its paragraphs. */
export function referencePath(referenceId: string, paragraph?: number): string {
  const path = `/references/${encodeURIComponent(referenceId)}`;
  return paragraph === undefined ? path : `${path}#para-${paragraph}`;
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
