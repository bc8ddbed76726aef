// Exports a statement in UN layout (DOCX, PDF, Markdown, text, HTML) and builds the
// submission pack. Organizers export only submitted statements, from the submitted version.
import type { ExportFormat, ExportVersion } from '@plenary/api/requests';
import { localDoc, type RoomRegistry } from '@plenary/collab';
import { STATEMENT_FRAGMENT, withinDepth } from '@plenary/statement-model/document';
import { isStatementLanguage } from '@plenary/statement-model/languages';
import type { ProseMirrorJSON, StatementExport } from '@plenary/export';
import type { StatementRecord, Stores } from '@plenary/storage';
import * as Y from 'yjs';
import type { Actor } from '../auth/Actor.js';
import { statementModel } from '../statements/statementModel.js';
import type { StatementService } from '../statements/StatementService.js';
import { exportRenderers } from './exportRenderers.js';

export interface ExportedFile {
  fileName: string;
  contentType: string;
  body: Uint8Array | string;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  md: 'text/markdown; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

export class ExportService {
  constructor(
    private readonly stores: Stores,
    private readonly rooms: RoomRegistry,
    private readonly statements: StatementService,
  ) {}

  async export(
    actor: Actor,
    statementId: string,
    format: ExportFormat,
    version: ExportVersion = 'written',
    suggestions: 'clean' | 'tracked' = 'clean',
  ): Promise<ExportedFile> {
    const statement = await this.readable(actor, statementId);
    const written = await this.model(statement);
    const { deliveredJSON } = await statementModel();
    const model =
      version === 'delivered' ? { ...written, content: deliveredJSON(written.content) } : written;
    // Suggestions are the delegation's working notes: shown to its members, never once submitted.
    if (suggestions === 'tracked' && statement.status !== 'submitted') {
      await this.statements.workspace(actor, statementId);
      model.suggestions = { authors: await this.suggestionAuthors(model.content) };
    }
    await this.stores.audit.record({
      actorId: actor.user.id,
      action: 'statement.exported',
      debateId: statement.debateId,
      subjectType: 'statement',
      subjectId: statement.id,
      data: {
        format,
        version,
        revision: statement.revision,
        ...(model.suggestions ? { suggestions } : {}),
      },
    });
    const { exportFileName } = await exportRenderers();
    const fileName = exportFileName(model, format);
    return {
      fileName: version === 'delivered' ? fileName.replace(/(\.\w+)$/, '-delivered$1') : fileName,
      contentType: CONTENT_TYPES[format],
      body: await render(model, format),
    };
  }

  /** What the concept note asks for: the cover e-mail to the submission address. */
  async submissionPack(actor: Actor, statementId: string) {
    const statement = await this.readable(actor, statementId);
    const model = await this.model(statement);
    const { exportFileName, renderSubmissionEmail } = await exportRenderers();
    const email = renderSubmissionEmail(model);
    return {
      email,
      attachment: exportFileName(model, 'docx'),
      deadline: model.debate.submissionDeadline,
    };
  }

  /** The export model of a statement: its submitted version once submitted, else the live text. */
  async model(statement: StatementRecord): Promise<StatementExport> {
    const [debate, delegations, state] = await Promise.all([
      this.stores.debates.get(statement.debateId),
      Promise.all(statement.delegationIds.map((id) => this.stores.delegations.get(id))),
      this.state(statement),
    ]);
    // TipTap's Yjs binding loads with the editor schema, on first use.
    const { yDocToProsemirrorJSON } = await import('@tiptap/y-tiptap');
    const doc = localDoc(statement.id);
    Y.applyUpdate(doc, state);
    // A submitted version stored before the nesting limit is read from a repaired copy.
    const content = yDocToProsemirrorJSON(withinDepth(doc), STATEMENT_FRAGMENT) as ProseMirrorJSON;
    doc.destroy();
    return {
      title: statement.title,
      language: isStatementLanguage(statement.language) ? statement.language : 'en',
      delegations: delegations.map((d) => d?.name ?? '').filter(Boolean),
      debate: {
        theme: debate?.theme ?? '',
        body: debate?.body ?? null,
        meetingDate: debate?.meetingDate ?? null,
        presidency: debate?.presidency ?? null,
        format: debate?.format ?? null,
        submissionEmail: debate?.submissionEmail ?? null,
        submissionDeadline: debate?.submissionDeadline ?? null,
      },
      content,
      revision: statement.revision,
      status: statement.status,
    };
  }

  /** Names of the people whose suggestions the text holds, by user id. */
  private async suggestionAuthors(content: ProseMirrorJSON): Promise<Record<string, string>> {
    const ids = new Set<string>();
    const walk = (node: ProseMirrorJSON): void => {
      for (const mark of node.marks ?? []) {
        const authorId = mark.attrs?.['authorId'];
        if (mark.type.startsWith('suggestion') && typeof authorId === 'string') ids.add(authorId);
      }
      node.content?.forEach(walk);
    };
    walk(content);
    const authors: Record<string, string> = {};
    for (const id of ids) {
      const user = await this.stores.users.findById(id);
      if (user) authors[id] = user.displayName;
    }
    return authors;
  }

  private async state(statement: StatementRecord): Promise<Uint8Array> {
    if (statement.status === 'submitted' && statement.submittedVersionId) {
      const state = await this.stores.versions.state(statement.submittedVersionId);
      if (state) return state;
    }
    return this.rooms.withRoom(statement.id, (room) => room.snapshot());
  }

  private readable(actor: Actor, statementId: string): Promise<StatementRecord> {
    return this.statements.readable(actor, statementId);
  }
}

async function render(model: StatementExport, format: ExportFormat): Promise<Uint8Array | string> {
  const { renderDocx, renderHtml, renderMarkdown, renderPdf, renderText } = await exportRenderers();
  switch (format) {
    case 'docx':
      return renderDocx(model);
    case 'pdf':
      return renderPdf(model);
    case 'md':
      return renderMarkdown(model);
    case 'txt':
      return renderText(model);
    case 'html':
      return renderHtml(model);
  }
}
