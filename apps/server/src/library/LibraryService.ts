// Concept-note import (preview, then confirm) and the debate's reference library.
import { randomBytes } from 'node:crypto';
import type { DebatePoints, Stores } from '@plenary/storage';
import { SNIPPET_END, SNIPPET_START } from '@plenary/storage';
import type { ConceptNotePreview } from '@plenary/api';
import type { ConfirmConceptNoteBody, ValidRequest } from '@plenary/api/requests';
import type { DocumentParserPool } from '@plenary/un-docs';
import type { Actor } from '../auth/Actor.js';
import { authorize } from '../auth/authorize.js';
import type { DebateService } from '../debates/DebateService.js';
import { AppError } from '../errors/AppError.js';
import { asImportError } from './importErrors.js';
import { MAX_UPLOAD_BYTES } from './uploadBody.js';
import { auditedChange } from '../audit/auditedChange.js';

type ConfirmedImport = ValidRequest<typeof ConfirmConceptNoteBody>;

export class LibraryService {
  constructor(
    private readonly stores: Stores,
    private readonly debates: DebateService,
    private readonly parser: DocumentParserPool,
  ) {}

  /** Checked before an upload's body is read, so strangers and viewers cost nothing. */
  async checkUpload(
    actor: Actor,
    debateId: string,
    action: 'conceptNote.import' | 'reference.upload',
  ): Promise<void> {
    await this.debates.get(actor, debateId);
    authorize(actor, action, { kind: 'debate', debateId });
  }

  /** Reads and parses a concept note without saving anything: the organizer reviews it first. */
  async previewConceptNote(
    actor: Actor,
    debateId: string,
    bytes: Uint8Array,
    fileName: string,
    asConceptNote = false,
  ): Promise<ConceptNotePreview> {
    await this.debates.get(actor, debateId);
    authorize(actor, 'conceptNote.import', { kind: 'debate', debateId });
    return this.conceptNotePreview(bytes, fileName, asConceptNote);
  }

  /** The same preview before any debate exists: "New debate" starts from the concept note. */
  async previewNewConceptNote(
    actor: Actor,
    bytes: Uint8Array,
    fileName: string,
    asConceptNote = false,
  ): Promise<ConceptNotePreview> {
    authorize(actor, 'debate.create', { kind: 'system' });
    return this.conceptNotePreview(bytes, fileName, asConceptNote);
  }

  private async conceptNotePreview(bytes: Uint8Array, fileName: string, asConceptNote: boolean) {
    const { format, text, document } = await this.readAndParse(bytes, fileName, asConceptNote);
    if (document.kind !== 'concept-note') {
      throw new AppError(
        'document.not_concept_note',
        422,
        'This looks like a report, not a concept note. Upload it to the reference library instead, or, if it is the note for your meeting, read it as a concept note anyway.',
      );
    }
    return { fileName, format, text, note: document };
  }

  async confirmConceptNote(
    actor: Actor,
    debateId: string,
    input: ConfirmedImport,
  ): Promise<DebatePoints> {
    await this.debates.get(actor, debateId);
    authorize(actor, 'conceptNote.import', { kind: 'debate', debateId });
    const points = { objectives: input.objectives, discussionPoints: input.discussionPoints };
    await auditedChange(
      this.stores,
      (tx) =>
        tx.points.applyImport(debateId, actor.user.id, {
          fields: input.fields,
          points,
          source: {
            fileName: input.fileName,
            format: input.format,
            text: input.text,
            symbol: input.symbol,
          },
        }),
      {
        actorId: actor.user.id,
        action: 'concept_note.imported',
        debateId,
        subjectType: 'debate',
        subjectId: debateId,
        data: { fileName: input.fileName, points: input.discussionPoints.length },
      },
    );
    return points;
  }

  async points(actor: Actor, debateId: string): Promise<DebatePoints> {
    await this.debates.get(actor, debateId);
    return this.stores.points.list(debateId);
  }

  async addReference(actor: Actor, debateId: string, bytes: Uint8Array, fileName: string) {
    await this.debates.get(actor, debateId);
    authorize(actor, 'reference.upload', { kind: 'debate', debateId });
    const { format, document } = await this.readAndParse(bytes, fileName);
    if (document.kind !== 'report') {
      throw new AppError(
        'document.not_report',
        422,
        'This looks like a concept note. Import it from the debate page instead.',
      );
    }
    const reference = await auditedChange(
      this.stores,
      (tx) =>
        tx.references.add({
          id: randomBytes(9).toString('base64url'),
          debateId,
          symbol: document.symbol,
          title: document.title ?? fileName,
          date: document.date,
          fileName,
          format,
          uploadedBy: actor.user.id,
          paragraphs: document.paragraphs,
          footnotes: document.footnotes,
        }),
      (added) => ({
        actorId: actor.user.id,
        action: 'reference.added',
        debateId,
        subjectType: 'reference',
        subjectId: added.id,
        data: { fileName, paragraphs: added.paragraphCount },
      }),
    );
    return reference;
  }

  async listReferences(actor: Actor, debateId: string) {
    await this.debates.get(actor, debateId);
    authorize(actor, 'reference.read', { kind: 'debate', debateId });
    return this.stores.references.list(debateId);
  }

  async getReference(actor: Actor, id: string) {
    const reference = await this.stores.references.get(id);
    if (!reference || !(await this.canRead(actor, reference.debateId))) throw referenceNotFound();
    return reference;
  }

  /** Corrects what the importer recognized: symbol, title, date (citations use them). */
  async updateReference(
    actor: Actor,
    id: string,
    fields: { symbol?: string | null; title?: string; date?: string | null },
  ) {
    const reference = await this.getReference(actor, id);
    authorize(actor, 'reference.edit', {
      kind: 'reference',
      debateId: reference.debateId,
      uploadedBy: reference.uploadedBy,
    });
    await this.stores.references.update(id, fields);
    const { paragraphs: _p, footnotes: _f, ...updated } = await this.getReference(actor, id);
    return updated;
  }

  async removeReference(actor: Actor, id: string): Promise<void> {
    const reference = await this.getReference(actor, id);
    authorize(actor, 'reference.delete', {
      kind: 'reference',
      debateId: reference.debateId,
      uploadedBy: reference.uploadedBy,
    });
    // To the Trash, not gone: restorable for the retention period (see TrashService).
    await auditedChange(this.stores, (tx) => tx.references.trash(id, actor.user.id), {
      actorId: actor.user.id,
      action: 'reference.removed',
      debateId: reference.debateId,
      subjectType: 'reference',
      subjectId: id,
      data: { title: reference.title },
    });
  }

  /** Ranked hits, each snippet split into plain and matched parts (never HTML). */
  async search(actor: Actor, debateId: string, query: string) {
    await this.debates.get(actor, debateId);
    authorize(actor, 'reference.read', { kind: 'debate', debateId });
    const hits = await this.stores.references.search(debateId, query);
    return hits.map(({ snippet, score: _score, ...hit }) => ({
      ...hit,
      snippet: splitSnippet(snippet),
      citation: `${hit.symbol ?? shortTitle(hit.title)}, para. ${hit.number}`,
    }));
  }

  /** Reads and parses in a worker, before anything is stored. */
  private readAndParse(bytes: Uint8Array, fileName: string, asConceptNote = false) {
    return asImportError(() =>
      this.parser.parse(bytes, fileName, MAX_UPLOAD_BYTES, { asConceptNote }),
    );
  }

  private async canRead(actor: Actor, debateId: string): Promise<boolean> {
    return this.debates.get(actor, debateId).then(
      () => true,
      () => false,
    );
  }
}

const referenceNotFound = (): AppError =>
  new AppError(
    'reference.not_found',
    404,
    'This document does not exist, or you do not have access to it.',
  );

function splitSnippet(snippet: string): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  for (const piece of snippet.split(SNIPPET_START)) {
    const [matched, rest] = piece.includes(SNIPPET_END)
      ? piece.split(SNIPPET_END)
      : [undefined, piece];
    if (matched) parts.push({ text: matched, match: true });
    if (rest) parts.push({ text: rest, match: false });
  }
  return parts;
}

/** Citations stay short: a long title without a symbol is cut at a word ("Preventive…"). */
const SHORT_TITLE = 48;
export function shortTitle(title: string): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  if (clean.length <= SHORT_TITLE) return clean;
  const cut = clean.slice(0, SHORT_TITLE);
  const space = cut.lastIndexOf(' ');
  return `${(space > SHORT_TITLE / 2 ? cut.slice(0, space) : cut).replace(/[,;:.]$/, '')}…`;
}
