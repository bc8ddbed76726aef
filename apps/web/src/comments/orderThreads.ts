// The panel's list: threads in the order of their text, then those whose text is gone,
// and a filter for what the reader is looking for.
import type { HighlightSnapshot } from './useHighlightSnapshot';
import type { Thread } from '@plenary/api';

export type ThreadFilter = 'open' | 'resolved' | 'all' | 'mentions';

export interface ListedThread {
  thread: Thread;
  /** All of its text has been deleted: shown at the end with its original quote. */
  orphaned: boolean;
}

/** Threads in document order; orphans (and any not placed yet) last, oldest first. */
export function orderThreads(threads: Thread[], snapshot: HighlightSnapshot): ListedThread[] {
  const rank = new Map(snapshot.order.map((id, index) => [id, index]));
  const orphans = new Set(snapshot.orphaned);
  const placed: ListedThread[] = [];
  const rest: ListedThread[] = [];
  for (const thread of threads) {
    if (rank.has(thread.id)) placed.push({ thread, orphaned: false });
    else rest.push({ thread, orphaned: orphans.has(thread.id) || thread.orphaned });
  }
  placed.sort((a, b) => (rank.get(a.thread.id) ?? 0) - (rank.get(b.thread.id) ?? 0));
  rest.sort((a, b) => a.thread.createdAt.localeCompare(b.thread.createdAt));
  return [...placed, ...rest];
}

export function mentionsUser(thread: Thread, userId: string): boolean {
  return thread.comments.some((comment) => !comment.deletedAt && comment.mentions.includes(userId));
}

export function matchesFilter(thread: Thread, filter: ThreadFilter, userId: string): boolean {
  switch (filter) {
    case 'open':
      return thread.status === 'open';
    case 'resolved':
      return thread.status === 'resolved';
    case 'mentions':
      return mentionsUser(thread, userId);
    default:
      return true;
  }
}
