// The meeting at a glance, as the concept note or the organizer set it. Unknown facts
// are left out rather than shown as blanks.
import type { ReactNode } from 'react';
import { formatIsoDate } from '../ui/formatIsoDate';
import type { Debate } from './debatesApi';
import { t } from '../i18n/messages/debates';

function facts(debate: Debate): [string, ReactNode][] {
  const date = formatIsoDate(debate.meetingDate);
  const when = [
    date,
    debate.meetingTime ? t('facts.at', { time: debate.meetingTime }) : null,
  ].filter(Boolean);
  const list: [string, ReactNode | null][] = [
    [t('facts.body'), debate.body],
    [t('facts.format'), debate.format],
    [t('facts.meeting'), when.length > 0 ? when.join(' ') : null],
    [t('facts.presidency'), debate.presidency],
    [t('facts.convener'), debate.convener],
    [
      t('facts.speakingLimit'),
      debate.speakingLimitMinutes === null
        ? null
        : t('facts.minutes', { count: debate.speakingLimitMinutes }),
    ],
    [
      t('facts.statementsTo'),
      debate.submissionEmail ? (
        <a href={`mailto:${debate.submissionEmail}`}>{debate.submissionEmail}</a>
      ) : null,
    ],
    [t('facts.deadline'), formatIsoDate(debate.submissionDeadline)],
    [t('facts.outcome'), debate.expectedOutcome],
  ];
  return list.filter((entry): entry is [string, ReactNode] => entry[1] !== null && entry[1] !== '');
}

export function DebateFacts({ debate }: { debate: Debate }) {
  const entries = facts(debate);
  if (entries.length === 0) return <p className="page__lead">{t('facts.none')}</p>;
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
