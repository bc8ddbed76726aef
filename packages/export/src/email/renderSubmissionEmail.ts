import { formatUnDate } from '../dates/formatUnDate.js';
import { exportFileName } from '../files/exportFileName.js';
import { joinNames, meetingDescription } from '../header/meetingDescription.js';
import type { StatementExport } from '../model/StatementExport.js';

// The cover e-mail of a submission pack. Only what the debate record states is used:
// no address, date or deadline is ever made up when the concept note did not give one.

export interface SubmissionEmail {
  /** The debate's submission address, or null when the concept note gave none. */
  to: string | null;
  subject: string;
  body: string;
}

export interface SubmissionEmailOptions {
  /** The attached file's name; defaults to the DOCX export's file name. */
  attachmentName?: string;
}

function kind(statement: StatementExport): string {
  return statement.delegations.length > 1 ? 'joint statement' : 'statement';
}

function subject(statement: StatementExport): string {
  const { meetingDate } = statement.debate;
  const date = meetingDate ? `, ${formatUnDate(meetingDate)}` : '';
  const who = joinNames(statement.delegations);
  return `${who} — ${kind(statement)} for ${meetingDescription(statement.debate)}${date}`;
}

function bodyLines(statement: StatementExport, attachment: string): (string | null)[] {
  const who = joinNames(statement.delegations);
  const { meetingDate, submissionDeadline } = statement.debate;
  const when = meetingDate ? ` (${formatUnDate(meetingDate)})` : '';
  const speaker = statement.speaker?.trim();
  const plural = statement.delegations.length > 1;
  return [
    'Dear colleagues,',
    `Please find attached the ${kind(statement)} of ${who} for ${meetingDescription(statement.debate)}${when}, as a Word document (${attachment}).`,
    speaker ? `The statement will be delivered by ${speaker}.` : null,
    submissionDeadline
      ? `Reminder: the deadline for written statements indicated in the concept note is ${formatUnDate(submissionDeadline)}.`
      : null,
    'With best regards,',
    `The ${plural ? 'delegations' : 'delegation'} of ${who}`,
  ];
}

export function renderSubmissionEmail(
  statement: StatementExport,
  options: SubmissionEmailOptions = {},
): SubmissionEmail {
  const attachment = options.attachmentName ?? exportFileName(statement, 'docx');
  const lines = bodyLines(statement, attachment).filter((line): line is string => line !== null);
  return {
    to: statement.debate.submissionEmail?.trim() || null,
    subject: subject(statement),
    body: `${lines.join('\n\n')}\n`,
  };
}
