// A readable redline: additions underlined in green, removals struck through in red, and
// words for screen readers, so the changes never depend on colour or sight alone.
import type { RedlinePart } from './versionsApi';
import { countChangedWords, redlineParagraphs } from './redlineParagraphs';
import { t } from '../i18n/messages/versions';
import { t as panelText } from '../i18n/messages/versionsPanel';

export function Redline({ parts }: { parts: RedlinePart[] }) {
  const { inserted, deleted } = countChangedWords(parts);
  const paragraphs = redlineParagraphs(parts);
  const unchanged = inserted === 0 && deleted === 0;
  return (
    <>
      <p className="redline-summary" role="status">
        {unchanged ? (
          t('redline.same')
        ) : (
          <>
            <span>
              <ins>{t('redline.added')}</ins> {words(inserted)}
            </span>
            <span>
              <del>{t('redline.removed')}</del> {words(deleted)}
            </span>
          </>
        )}
      </p>
      <div className="redline statement-body">
        {paragraphs.map((paragraph, index) => (
          <p key={index}>
            {paragraph.map((part, partIndex) => (
              <RedlineRun key={partIndex} part={part} />
            ))}
          </p>
        ))}
      </div>
    </>
  );
}

function RedlineRun({ part }: { part: RedlinePart }) {
  if (part.kind === 'equal') return <>{part.text}</>;
  const Tag = part.kind === 'insert' ? 'ins' : 'del';
  const spoken = panelText(part.kind === 'insert' ? 'spokenInsert' : 'spokenDelete');
  return (
    <Tag className={`redline__${part.kind}`}>
      <span className="visually-hidden">{spoken}</span>
      <span
        className="redline__text"
        title={part.text === '¶' ? panelText('paragraphBreak') : undefined}
      >
        {part.text}
      </span>
      <span className="visually-hidden">]</span>
    </Tag>
  );
}

const words = (count: number): string => t('redline.words', { count });
