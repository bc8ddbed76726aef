import type { CompilationExport } from '../compilation/CompilationExport.js';
import type { StatementExport } from '../model/StatementExport.js';

// File names that survive every mail system and file share: ASCII letters, digits and
// hyphens ("Cote-d-Ivoire-statement-2021-04-19.docx").

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function isoDate(value: string | null): string | null {
  return value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}

function join(parts: readonly (string | null)[], extension: string): string {
  const name = parts.filter((part): part is string => !!part).join('-');
  return `${name || 'export'}.${extension.replace(/^\./, '')}`;
}

/**
 * "Viet-Nam-statement-2021-04-19.docx"; a statement not in English names its language
 * ("Egypt-statement-ar-2021-04-19.pdf"); "-rev2" is added from the second revision on.
 */
export function exportFileName(statement: StatementExport, extension: string): string {
  const joint = statement.delegations.length > 1;
  const revision = (statement.revision ?? 1) > 1 ? `rev${statement.revision}` : null;
  return join(
    [
      ...statement.delegations.map(slug),
      joint ? 'joint-statement' : 'statement',
      statement.language && statement.language !== 'en' ? statement.language : null,
      isoDate(statement.debate.meetingDate),
      revision,
    ],
    extension,
  );
}

/** "Compilation-Security-Council-open-debate-2021-04-19.pdf" */
export function compilationFileName(compilation: CompilationExport, extension: string): string {
  const { body, format, meetingDate } = compilation.debate;
  return join(
    ['Compilation', slug(body ?? ''), slug(format ?? ''), isoDate(meetingDate)],
    extension,
  );
}
