// The debate's Trash: what was deleted, by whom and when, and restoring it.
import { DebateTrash as TrashAnswer } from '@plenary/api';
import type * as z from 'zod/mini';
import { apiCall, apiRequest } from '../api/apiRequest';

export interface TrashedItem {
  kind: 'statement' | 'reference' | 'comment';
  id: string;
  /** The statement's or document's title; the start of a comment. */
  label: string;
  /** For a comment: the statement it was on. */
  context: string | null;
  deletedAt: string;
}

export interface DebateTrash {
  retentionDays: number;
  items: TrashedItem[];
}

type Trash = z.infer<typeof TrashAnswer>;

function items(trash: Trash): TrashedItem[] {
  return [
    ...trash.statements.map((item) => ({
      kind: 'statement' as const,
      ...item,
      label: item.title,
      context: null,
    })),
    ...trash.references.map((item) => ({
      kind: 'reference' as const,
      ...item,
      label: item.title,
      context: null,
    })),
    ...trash.comments.map((item) => ({
      kind: 'comment' as const,
      ...item,
      label: `${item.authorName}: “${item.body.slice(0, 120)}”`,
      context: item.statementTitle,
    })),
  ].map(({ kind, id, label, context, deletedAt }) => ({
    kind,
    id,
    label,
    context,
    deletedAt: deletedAt ?? '',
  }));
}

const RESTORE_PATH: Record<TrashedItem['kind'], string> = {
  statement: 'statements',
  reference: 'references',
  comment: 'comments',
};

export const trashApi = {
  async list(debateId: string, signal?: AbortSignal): Promise<DebateTrash> {
    const trash = await apiCall(TrashAnswer, `/debates/${encodeURIComponent(debateId)}/trash`, {
      signal,
    });
    const all = items(trash).sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
    return { retentionDays: trash.retentionDays, items: all };
  },

  async restore(item: TrashedItem): Promise<void> {
    await apiRequest(`/${RESTORE_PATH[item.kind]}/${encodeURIComponent(item.id)}/restore`, {
      method: 'POST',
    });
  },
};
