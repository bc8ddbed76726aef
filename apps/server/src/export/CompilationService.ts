// The organizer's compilation of every submitted statement of a debate, built in the
// background with progress pushed to the organizer; the file is kept for download.
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { CompilationExport } from '@plenary/export';
import type { ExportJobRecord, Stores } from '@plenary/storage';
import type { Actor } from '../auth/Actor.js';
import { authorize } from '../auth/authorize.js';
import type { DebateService } from '../debates/DebateService.js';
import { AppError } from '../errors/AppError.js';
import { exportRenderers } from './exportRenderers.js';
import type { Logger } from '../logger.js';
import type { ExportService } from './ExportService.js';
import { auditedChange } from '../audit/auditedChange.js';

export type CompilationFormat = 'docx' | 'pdf';

export interface CompilationInput {
  format: CompilationFormat;
  coveringLetter: { from: string; to: string; date: string; text?: string | null };
}

const jobNotFound = (): AppError =>
  new AppError('export.not_found', 404, 'This export does not exist, or it is not yours.');

export class CompilationService extends EventEmitter<{
  progress: [userId: string, job: ExportJobRecord];
}> {
  constructor(
    private readonly stores: Stores,
    private readonly debates: DebateService,
    private readonly exports: ExportService,
    private readonly logger: Logger,
  ) {
    super();
  }

  /** Starts building; resolves with the job at once. Follow it with `job()` or the socket. */
  async start(actor: Actor, debateId: string, input: CompilationInput): Promise<ExportJobRecord> {
    const debate = await this.debates.get(actor, debateId);
    authorize(actor, 'debate.compile', { kind: 'debate', debateId });
    const submitted = (await this.stores.statements.listByDebate(debateId)).filter(
      (s) => s.status === 'submitted',
    );
    if (submitted.length === 0) {
      throw new AppError(
        'compilation.empty',
        409,
        'No delegation has submitted a statement yet: there is nothing to compile.',
      );
    }
    const id = randomBytes(9).toString('base64url');
    await auditedChange(
      this.stores,
      (tx) =>
        tx.exportJobs.create({
          id,
          debateId,
          requestedBy: actor.user.id,
          format: input.format,
          total: submitted.length + 1,
        }),
      {
        actorId: actor.user.id,
        action: 'compilation.started',
        debateId: debate.id,
        subjectType: 'debate',
        subjectId: debate.id,
        data: { format: input.format, statements: submitted.length },
      },
    );
    const job = (await this.stores.exportJobs.get(id))!;
    this.run(job, async () => ({
      debate: (await this.exports.model(submitted[0]!)).debate,
      coveringLetter: input.coveringLetter,
      statements: await Promise.all(submitted.map((s) => this.exports.model(s))),
    })).catch((err: unknown) => this.logger.error({ err, jobId: id }, 'compilation job lost'));
    return job;
  }

  async job(actor: Actor, jobId: string): Promise<ExportJobRecord> {
    const job = await this.stores.exportJobs.get(jobId);
    if (!job || job.requestedBy !== actor.user.id) throw jobNotFound();
    return job;
  }

  async download(
    actor: Actor,
    jobId: string,
  ): Promise<{ job: ExportJobRecord; bytes: Uint8Array }> {
    const job = await this.job(actor, jobId);
    const bytes = job.status === 'done' ? await this.stores.exportJobs.result(jobId) : undefined;
    if (!bytes)
      throw new AppError(
        'export.not_ready',
        409,
        'The file is not ready yet. Wait for the progress to reach 100%.',
      );
    return { job, bytes };
  }

  private async run(job: ExportJobRecord, gather: () => Promise<CompilationExport>): Promise<void> {
    try {
      const compilation = await gather();
      const { compilationFileName, renderCompilationDocx, renderCompilationPdf } =
        await exportRenderers();
      const onProgress = (done: number, total: number): void => {
        this.stores.exportJobs
          .progress(job.id, done, total)
          .then(() => this.announce(job.id))
          .catch((err: unknown) => this.logger.warn({ err, jobId: job.id }, 'progress not saved'));
      };
      const bytes =
        job.format === 'pdf'
          ? await renderCompilationPdf(compilation, { onProgress })
          : await renderCompilationDocx(compilation, { onProgress });
      await this.stores.exportJobs.finish(job.id, {
        fileName: compilationFileName(compilation, job.format),
        bytes,
      });
    } catch (error) {
      this.logger.error({ err: error, jobId: job.id }, 'compilation failed');
      await this.stores.exportJobs.finish(job.id, {
        error:
          'The compilation could not be built. Try again; if it fails again, export the statements one by one.',
      });
    }
    await this.announce(job.id);
  }

  private async announce(jobId: string): Promise<void> {
    const job = await this.stores.exportJobs.get(jobId);
    if (job) this.emit('progress', job.requestedBy, job);
  }
}
