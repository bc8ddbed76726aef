// The debate's Trash: what was deleted, by whom and when, and restoring it.
import { ApiError } from '../api/ApiError';
import { apiRequest, isRecord } from '../api/apiRequest';

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

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function items(value: unknown, kind: TrashedItem['kind']): TrashedItem[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((item) => ({
    kind,
    id: text(item.id),
    label:
      kind === 'comment'
        ? `${text(item.authorName)}: “${text(item.body).slice(0, 120)}”`
        : text(item.title),
    context: kind === 'comment' ? text(item.statementTitle) : null,
    deletedAt: text(item.deletedAt),
  }));
}

const RESTORE_PATH: Record<TrashedItem['kind'], string> = {
  statement: 'statements',
  reference: 'references',
  comment: 'comments',
};

export const trashApi = {
  async list(debateId: string, signal?: AbortSignal): Promise<DebateTrash> {
    const payload = await apiRequest(`/debates/${encodeURIComponent(debateId)}/trash`, {
      signal,
    });
    if (!isRecord(payload))
      throw new ApiError('response.invalid', 'The Trash could not be read.', 200);
    const all = [
      ...items(payload.statements, 'statement'),
      ...items(payload.references, 'reference'),
      ...items(payload.comments, 'comment'),
    ].sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
    return {
      retentionDays: typeof payload.retentionDays === 'number' ? payload.retentionDays : 30,
      items: all,
    };
  },

  async restore(item: TrashedItem): Promise<void> {
    await apiRequest(`/${RESTORE_PATH[item.kind]}/${encodeURIComponent(item.id)}/restore`, {
      method: 'POST',
    });
  },
};
