import { sql, type Selectable } from 'kysely';
import type { ReferenceDocumentsTable } from './DatabaseSchema.js';
import type { Dialect } from './Dialect.js';
import type { PlenaryDb } from './openSqliteDatabase.js';
import { transact } from './transact.js';
import { moveToTrash, takeFromTrash, trashedBefore } from './trashRows.js';

export interface ReferenceParagraph {
  number: number;
  heading: string | null;
  text: string;
}

export interface ReferenceFootnote {
  number: number;
  text: string;
}

export interface ReferenceDocumentRecord {
  id: string;
  debateId: string;
  symbol: string | null;
  title: string;
  date: string | null;
  fileName: string;
  format: string;
  paragraphCount: number;
  uploadedBy: string;
  createdAt: string;
  /** Set while the reference is in the Trash. */
  deletedAt: string | null;
}

export interface SearchHit {
  documentId: string;
  symbol: string | null;
  title: string;
  number: number;
  heading: string | null;
  /** Plain text with the matched terms between the given markers. */
  snippet: string;
  text: string;
  score: number;
}

export const SNIPPET_START = '\u0002';
export const SNIPPET_END = '\u0003';

const toReference = (row: Selectable<ReferenceDocumentsTable>): ReferenceDocumentRecord => ({
  id: row.id,
  debateId: row.debate_id,
  symbol: row.symbol,
  title: row.title,
  date: row.date,
  fileName: row.file_name,
  format: row.format,
  paragraphCount: row.paragraph_count,
  uploadedBy: row.uploaded_by,
  createdAt: row.created_at,
  deletedAt: row.deleted_at,
});

/** A debate's background documents, split into numbered paragraphs, searchable (FTS5, BM25). */
export class ReferenceLibrary {
  constructor(
    private readonly db: PlenaryDb,
    private readonly dialect: Dialect = 'sqlite',
  ) {}

  add(input: {
    id: string;
    debateId: string;
    symbol: string | null;
    title: string;
    date: string | null;
    fileName: string;
    format: string;
    uploadedBy: string;
    paragraphs: ReferenceParagraph[];
    footnotes: ReferenceFootnote[];
  }): Promise<ReferenceDocumentRecord> {
    const createdAt = new Date().toISOString();
    return transact(this.db, async (trx) => {
      await trx
        .insertInto('reference_documents')
        .values({
          id: input.id,
          debate_id: input.debateId,
          symbol: input.symbol,
          title: input.title,
          date: input.date,
          file_name: input.fileName,
          format: input.format,
          paragraph_count: input.paragraphs.length,
          footnotes: JSON.stringify(input.footnotes),
          uploaded_by: input.uploadedBy,
          created_at: createdAt,
          deleted_at: null,
          deleted_by: null,
        })
        .execute();
      for (let i = 0; i < input.paragraphs.length; i += 200) {
        const batch = input.paragraphs.slice(i, i + 200);
        await trx
          .insertInto('reference_paragraphs')
          .values(
            batch.map((p) => ({
              document_id: input.id,
              number: p.number,
              heading: p.heading,
              text: p.text,
            })),
          )
          .execute();
      }
      const { paragraphs: _p, footnotes: _f, ...record } = input;
      return { ...record, paragraphCount: input.paragraphs.length, createdAt, deletedAt: null };
    });
  }

  /** The debate's library (`trashed`: its references in the Trash instead). */
  async list(debateId: string, trashed = false): Promise<ReferenceDocumentRecord[]> {
    const rows = await this.db
      .selectFrom('reference_documents')
      .selectAll()
      .where('debate_id', '=', debateId)
      .where('deleted_at', trashed ? 'is not' : 'is', null)
      .orderBy(trashed ? 'deleted_at' : 'created_at', 'desc')
      .execute();
    return rows.map(toReference);
  }

  /** The reference with its text, unless it is in the Trash (`includeTrash` to read it anyway). */
  async get(
    id: string,
    includeTrash = false,
  ): Promise<
    | (ReferenceDocumentRecord & {
        paragraphs: ReferenceParagraph[];
        footnotes: ReferenceFootnote[];
      })
    | undefined
  > {
    const row = await this.db
      .selectFrom('reference_documents')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row || (row.deleted_at !== null && !includeTrash)) return undefined;
    const paragraphs = await this.db
      .selectFrom('reference_paragraphs')
      .select(['number', 'heading', 'text'])
      .where('document_id', '=', id)
      .orderBy('number')
      .execute();
    return {
      ...toReference(row),
      paragraphs,
      footnotes: JSON.parse(row.footnotes) as ReferenceFootnote[],
    };
  }

  async update(
    id: string,
    fields: { symbol?: string | null; title?: string; date?: string | null },
  ): Promise<void> {
    const set = {
      ...(fields.symbol !== undefined ? { symbol: fields.symbol } : {}),
      ...(fields.title !== undefined ? { title: fields.title } : {}),
      ...(fields.date !== undefined ? { date: fields.date } : {}),
    };
    if (Object.keys(set).length === 0) return;
    await this.db.updateTable('reference_documents').set(set).where('id', '=', id).execute();
  }

  async trash(id: string, deletedBy: string): Promise<boolean> {
    return moveToTrash(this.db, 'reference_documents', id, deletedBy);
  }

  async untrash(id: string): Promise<boolean> {
    return takeFromTrash(this.db, 'reference_documents', id);
  }

  async trashedBefore(cutoff: string): Promise<string[]> {
    return trashedBefore(this.db, 'reference_documents', cutoff);
  }

  /** Deletes the reference and its paragraphs for good. */
  async remove(id: string): Promise<void> {
    await transact(this.db, async (trx) => {
      await trx.deleteFrom('reference_paragraphs').where('document_id', '=', id).execute();
      await trx.deleteFrom('reference_documents').where('id', '=', id).execute();
    });
  }

  /** Ranked full-text search over a debate's library; `query` is what the user typed. */
  async search(debateId: string, query: string, limit = 20): Promise<SearchHit[]> {
    return this.dialect === 'postgres'
      ? this.searchPostgres(debateId, query, limit)
      : this.searchSqlite(debateId, query, limit);
  }

  private async searchSqlite(debateId: string, query: string, limit: number): Promise<SearchHit[]> {
    const match = toFtsQuery(query);
    if (!match) return [];
    const result = await sql<SearchHit>`
      SELECT d.id AS documentId, d.symbol AS symbol, d.title AS title, p.number AS number,
             p.heading AS heading, p.text AS text,
             snippet(reference_paragraphs_fts, 0, ${SNIPPET_START}, ${SNIPPET_END}, '…', 24) AS snippet,
             bm25(reference_paragraphs_fts) AS score
      FROM reference_paragraphs_fts
      JOIN reference_paragraphs p ON p.id = reference_paragraphs_fts.rowid
      JOIN reference_documents d ON d.id = p.document_id
      WHERE reference_paragraphs_fts MATCH ${match} AND d.debate_id = ${debateId}
        AND d.deleted_at IS NULL
      ORDER BY score
      LIMIT ${limit}`.execute(this.db);
    return result.rows;
  }

  /** The same search with PostgreSQL's tsvector, ts_rank and ts_headline. */
  private async searchPostgres(
    debateId: string,
    query: string,
    limit: number,
  ): Promise<SearchHit[]> {
    const match = toTsQuery(query);
    if (!match) return [];
    const options = `StartSel=${SNIPPET_START}, StopSel=${SNIPPET_END}, MaxWords=30, MinWords=12, MaxFragments=1`;
    const result = await sql<SearchHit>`
      SELECT d.id AS "documentId", d.symbol AS symbol, d.title AS title, p.number AS number,
             p.heading AS heading, p.text AS text,
             ts_headline('english', p.text, q, ${options}) AS snippet,
             -ts_rank(to_tsvector('english', p.text), q) AS score
      FROM reference_paragraphs p
      JOIN reference_documents d ON d.id = p.document_id
      CROSS JOIN to_tsquery('english', ${match}) AS q
      WHERE d.debate_id = ${debateId} AND d.deleted_at IS NULL
        AND to_tsvector('english', p.text) @@ q
      ORDER BY score, p.id
      LIMIT ${limit}`.execute(this.db);
    return result.rows;
  }
}

/** Free text as a PostgreSQL tsquery: words joined by &, the last one as a prefix. */
export function toTsQuery(input: string): string | undefined {
  const words = input.match(/[\p{L}\p{N}]+/gu)?.slice(0, 12) ?? [];
  if (words.length === 0) return undefined;
  return words.map((word, i) => `${word}${i === words.length - 1 ? ':*' : ''}`).join(' & ');
}

/**
 * Turns free text into a safe FTS5 query: every word quoted (no operator injection), all
 * required, the last one as a prefix so results appear while typing.
 */
export function toFtsQuery(input: string): string | undefined {
  const words = input.match(/[\p{L}\p{N}]+/gu)?.slice(0, 12) ?? [];
  if (words.length === 0) return undefined;
  return words.map((word, i) => `"${word}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}
