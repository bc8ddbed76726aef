// The meeting at a glance, as the concept note or the organizer set it. Unknown facts
// are left out rather than shown as blanks.
import type { ReactNode } from 'react';
import { formatIsoDate } from '../ui/formatIsoDate';
import type { Debate } from './debatesApi';

function facts(debate: Debate): [string, ReactNode][] {
  const date = formatIsoDate(debate.meetingDate);
  const when = [date, debate.meetingTime ? `at ${debate.meetingTime}` : null].filter(Boolean);
  const list: [string, ReactNode | null][] = [
    ['Body', debate.body],
    ['Format', debate.format],
    ['Meeting', when.length > 0 ? when.join(' ') : null],
    ['Presidency', debate.presidency],
    ['Convened by', debate.convener],
    [
      'Speaking limit',
      debate.speakingLimitMinutes === null
        ? null
        : `${debate.speakingLimitMinutes} minute${debate.speakingLimitMinutes === 1 ? '' : 's'}`,
    ],
    [
      'Statements to',
      debate.submissionEmail ? (
        <a href={`mailto:${debate.submissionEmail}`}>{debate.submissionEmail}</a>
      ) : null,
    ],
    ['Submission deadline', formatIsoDate(debate.submissionDeadline)],
    ['Expected outcome', debate.expectedOutcome],
  ];
  return list.filter((entry): entry is [string, ReactNode] => entry[1] !== null && entry[1] !== '');
}

export function DebateFacts({ debate }: { debate: Debate }) {
  const entries = facts(debate);
  if (entries.length === 0) return <p className="page__lead">No meeting details yet.</p>;
  return (
    <dl className="debate-facts">
      {entries.map(([term, value]) => (
        <div key={term} className="debate-facts__item">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
