import type { DraftParagraph } from './draftParagraphs';
import { excerptOf } from './draftParagraphs';
import { t } from '../i18n/messages/drafting';

interface ParagraphLinkProps {
  paragraph: DraftParagraph;
  onGo: (paragraph: DraftParagraph) => void;
}

/** "¶ 7 · We note that new challenges…": takes the reader to that paragraph of the text. */
export function ParagraphLink({ paragraph, onGo }: ParagraphLinkProps) {
  const excerpt = excerptOf(paragraph.text, 56);
  return (
    <button
      type="button"
      className="paragraph-link"
      title={t('paragraph.goTo', { number: paragraph.number })}
      onClick={() => onGo(paragraph)}
    >
      <span className="paragraph-link__number">¶ {paragraph.number}</span>
      <span className="paragraph-link__text">{excerpt || t('paragraph.empty')}</span>
    </button>
  );
}
