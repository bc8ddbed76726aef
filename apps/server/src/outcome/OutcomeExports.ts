// The outcome document's files: a revision in UN layout, its redline against the previous
// revision (tracked changes), and the compilation of amendments.
import type { OutcomeRevisionExport } from '@plenary/export';
import type { AmendmentRecord, OutcomeRecord, Stores } from '@plenary/storage';
import type { Actor } from '../auth/Actor.js';
import type { ExportedFile } from '../export/ExportService.js';
import { AppError } from '../errors/AppError.js';
import { exportRenderers } from '../export/exportRenderers.js';
import type { OutcomeService } from './OutcomeService.js';
import type { RevisionService } from './RevisionService.js';

const TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

const fileSafe = (text: string) => text.replace(/[^\p{L}\p{N} .-]+/gu, '').trim();

function decision(amendment: AmendmentRecord): string {
  if (amendment.status === 'rejected') return 'Rejected';
  if (amendment.status === 'proposed') return 'Pending';
  return amendment.decidedText && amendment.decidedText !== amendment.proposedText
    ? `Accepted as reformulated: “${amendment.decidedText}”`
    : 'Accepted';
}

export class OutcomeExports {
  constructor(
    private readonly stores: Stores,
    private readonly outcomes: OutcomeService,
    private readonly revisions: RevisionService,
  ) {}

  async export(
    actor: Actor,
    debateId: string,
    query: {
      what: 'revision' | 'redline' | 'compilation';
      format: 'docx' | 'pdf';
      revision?: string | undefined;
    },
  ): Promise<ExportedFile> {
    const outcome = await this.outcomes.readable(actor, debateId);
    const { title, penholder, theme } = await this.names(outcome);
    if (query.what === 'compilation') {
      if (query.format !== 'docx')
        throw new AppError(
          'export.format',
          422,
          'The compilation of amendments is a Word table: ask for format=docx.',
        );
      const amendments = await this.stores.amendments.list(outcome.id);
      const { renderAmendmentsDocx } = await exportRenderers();
      const body = await renderAmendmentsDocx({
        title,
        theme,
        penholder,
        rows: amendments.map((a) => ({
          paragraph: a.paragraph,
          action: a.action,
          proposedText: a.proposedText,
          justification: a.justification,
          proposer: a.delegationName,
          supporters: a.positions
            .filter((p) => p.stance === 'support')
            .map((p) => p.delegationName),
          objections: a.positions
            .filter((p) => p.stance === 'object')
            .map((p) => (p.comment ? `${p.delegationName} (${p.comment})` : p.delegationName)),
          decision: decision(a),
        })),
      });
      return {
        fileName: `Compilation of amendments - ${fileSafe(title)}.docx`,
        contentType: TYPES.docx,
        body,
      };
    }
    const revisions = await this.stores.outcomes.revisions(outcome.id);
    const index = query.revision
      ? revisions.findIndex((r) => r.id === query.revision)
      : revisions.length - 1;
    const revision = revisions[index];
    if (!revision)
      throw new AppError(
        'revision.not_found',
        404,
        'This revision does not exist, or nothing was circulated yet.',
      );
    const previous = revisions[index - 1];
    if (query.what === 'redline' && !previous)
      throw new AppError(
        'redline.none',
        422,
        'The zero draft has no earlier revision to compare with.',
      );
    const text = (await this.stores.versions.get(revision.versionId))?.text ?? '';
    const debate = await this.stores.debates.get(debateId);
    const model: OutcomeRevisionExport = {
      kind: outcome.kind,
      title,
      body: debate?.body ?? null,
      theme,
      revisionName: revision.name,
      circulatedAt: revision.circulatedAt,
      penholder,
      adopted: revision.status === 'adopted',
      paragraphs: text.split('\n\n').filter((p) => p.trim() !== ''),
    };
    if (query.what === 'redline' && previous) {
      const { redline } = await this.revisions.revision(actor, debateId, revision.id);
      model.redline = { previousName: previous.name, parts: redline ?? [] };
    }
    const renderers = await exportRenderers();
    const body =
      query.format === 'docx'
        ? await renderers.renderOutcomeDocx(model)
        : await renderers.renderOutcomePdf(model);
    const suffix = query.what === 'redline' ? ` - redline against ${previous?.name ?? ''}` : '';
    return {
      fileName: `${fileSafe(title)} - ${revision.name}${suffix}.${query.format}`,
      contentType: TYPES[query.format],
      body,
    };
  }

  private async names(outcome: OutcomeRecord) {
    const [statement, debate, pen] = await Promise.all([
      this.stores.statements.get(outcome.statementId),
      this.stores.debates.get(outcome.debateId),
      outcome.penholderDelegationId
        ? this.stores.delegations.get(outcome.penholderDelegationId)
        : undefined,
    ]);
    return {
      title: (statement?.title ?? '').split(' — ')[0] ?? 'Outcome document',
      theme: debate?.theme ?? '',
      penholder: pen?.name ?? 'The presidency',
    };
  }
}
