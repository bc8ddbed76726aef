// Every router under /api, built from the services the composition root made.
import type { RoomRegistry } from '@plenary/collab';
import type { Stores } from '@plenary/storage';
import type { DocumentParserPool } from '@plenary/un-docs/pool';
import type { Router } from 'express';
import type { AccountService } from '../accounts/AccountService.js';
import { authRouter } from '../auth/authRouter.js';
import type { CredentialCheck } from '../auth/CredentialCheck.js';
import type { SessionService } from '../auth/SessionService.js';
import { commentsRouter } from '../comments/commentsRouter.js';
import type { CommentService } from '../comments/CommentService.js';
import type { Config } from '../config.js';
import type { DebateService } from '../debates/DebateService.js';
import { debatesRouter } from '../debates/debatesRouter.js';
import { invitationLinksRouter } from '../debates/invitationLinksRouter.js';
import type { InvitationService } from '../debates/InvitationService.js';
import type { CoverageService } from '../drafting/CoverageService.js';
import { draftingRouter } from '../drafting/draftingRouter.js';
import type { CompilationService } from '../export/CompilationService.js';
import { exportRouter } from '../export/exportRouter.js';
import type { ExportService } from '../export/ExportService.js';
import type { PublicUrl } from './publicUrl.js';
import { libraryRouter } from '../library/libraryRouter.js';
import { LibraryService } from '../library/LibraryService.js';
import { AmendmentService } from '../outcome/AmendmentService.js';
import { OutcomeExports } from '../outcome/OutcomeExports.js';
import { outcomeRouter } from '../outcome/outcomeRouter.js';
import type { OutcomeService } from '../outcome/OutcomeService.js';
import type { RevisionService } from '../outcome/RevisionService.js';
import type { SilenceProcedure } from '../outcome/SilenceProcedure.js';
import { statementsRouter } from '../statements/statementsRouter.js';
import type { StatementService } from '../statements/StatementService.js';
import { SuggestionService } from '../suggestions/SuggestionService.js';
import { suggestionsRouter } from '../suggestions/suggestionsRouter.js';
import { trashRouter } from '../trash/trashRouter.js';
import { TrashService } from '../trash/TrashService.js';
import type { VersionService } from '../versions/VersionService.js';
import { versionsRouter } from '../versions/versionsRouter.js';
import type { WorkflowService } from '../workflow/WorkflowService.js';

export interface ApiServices {
  config: Config;
  stores: Stores;
  rooms: RoomRegistry;
  parser: DocumentParserPool;
  accounts: AccountService;
  sessions: SessionService;
  credentials: CredentialCheck;
  secureCookies: boolean;
  invitations: InvitationService;
  debates: DebateService;
  publicUrl: PublicUrl;
  statements: StatementService;
  comments: CommentService;
  versions: VersionService;
  workflow: WorkflowService;
  exports: ExportService;
  compilations: CompilationService;
  coverage: CoverageService;
  outcomes: OutcomeService;
  revisions: RevisionService;
  silence: SilenceProcedure;
}

export function apiRouters(s: ApiServices): Router[] {
  const { stores, secureCookies } = s;
  return [
    authRouter({
      accounts: s.accounts,
      sessions: s.sessions,
      credentials: s.credentials,
      secureCookies,
    }),
    invitationLinksRouter(s.invitations, s.sessions, s.credentials, secureCookies),
    debatesRouter(s.debates, s.invitations, s.publicUrl),
    statementsRouter(s.statements),
    libraryRouter(new LibraryService(stores, s.debates, s.parser)),
    commentsRouter(s.comments),
    versionsRouter(s.versions, s.workflow),
    suggestionsRouter(new SuggestionService(stores, s.rooms, s.statements, s.versions)),
    exportRouter(s.exports, s.compilations),
    draftingRouter(s.coverage, s.debates, s.workflow),
    outcomeRouter(
      s.outcomes,
      s.revisions,
      new AmendmentService(stores, s.outcomes),
      s.silence,
      new OutcomeExports(stores, s.outcomes, s.revisions),
    ),
    trashRouter(
      new TrashService(stores, s.debates, s.statements, s.config.trashRetentionDays),
      s.comments,
    ),
  ];
}
