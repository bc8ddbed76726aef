import type { Migration, MigrationProvider } from 'kysely';
import type { Dialect } from '../Dialect.js';
import { initial } from './001_initial.js';
import { debateDocuments } from './002_debate_documents.js';
import { comments } from './003_comments.js';
import { versions } from './004_versions.js';
import { delegationSettings } from './005_delegation_settings.js';
import { exportJobs } from './006_export_jobs.js';
import { accountsConfidentiality } from './007_accounts_confidentiality.js';
import { statementLanguages } from './009_statement_languages.js';
import { workflowSafeguards } from './008_workflow_safeguards.js';
import { debateConvener } from './010_debate_convener.js';
import { outcomeDocuments } from './013_outcome_documents.js';
import { presidentSalutation } from './014_president_salutation.js';
import { outcomeMarks } from './015_outcome_marks.js';
import { updateLogRowid } from './016_update_log_rowid.js';

/** Migrations in code (not files read at run time), so they ship inside the built package. */
export function migrationProvider(dialect: Dialect): MigrationProvider {
  const migrations: Record<string, Migration> = {
    '001_initial': initial(dialect),
    '002_debate_documents': debateDocuments(dialect),
    '003_comments': comments(dialect),
    '004_versions': versions(dialect),
    '005_delegation_settings': delegationSettings(),
    '006_export_jobs': exportJobs(dialect),
    '007_accounts_confidentiality': accountsConfidentiality(),
    '009_statement_languages': statementLanguages(),
    '008_workflow_safeguards': workflowSafeguards(dialect),
    '010_debate_convener': debateConvener(),
    '013_outcome_documents': outcomeDocuments(),
    '014_president_salutation': presidentSalutation(),
    '015_outcome_marks': outcomeMarks(),
    '016_update_log_rowid': updateLogRowid(dialect),
  };
  return { getMigrations: () => Promise.resolve(migrations) };
}
