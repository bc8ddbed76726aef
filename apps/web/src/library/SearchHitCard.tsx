// One ranked passage: where it comes from, the words around the match (highlighted as
// text, never as HTML), and what the person may do with it.
import { t } from '../i18n/messages/quote';
import { useState } from 'react';
import { referencePath } from '../routing/useRoute';
import { LineIcon } from '../ui/LineIcon';
import type { SearchHit } from './referencesApi';
import { splitSentences } from './quoteSentences';
import { SentencePicker } from './SentencePicker';
import { t as library } from '../i18n/messages/library';

interface SearchHitCardProps {
  hit: SearchHit;
  /**
   * Quotes the chosen text of the paragraph (some of its sentences, or all). Absent for
   * people who may not edit the statement: they read and search only.
   */
  onInsert?: (passage: string) => void;
}

export function SearchHitCard({ hit, onInsert }: SearchHitCardProps) {
  const [picking, setPicking] = useState(false);
  // A one-sentence paragraph has nothing to choose from.
  const quote = () =>
    splitSentences(hit.text).length > 1 ? setPicking(true) : onInsert?.(hit.text);
  const source = [hit.symbol ? hit.title : null, hit.heading].filter(Boolean).join(' — ');
  return (
    <li className="search-hit">
      <p className="search-hit__citation">{hit.citation}</p>
      {source ? <p className="search-hit__source">{source}</p> : null}
      <p className="search-hit__snippet">
        {hit.snippet.map((part, index) =>
          part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
        )}
      </p>
      {picking && onInsert ? (
        <SentencePicker
          hit={hit}
          onInsert={(passage) => {
            setPicking(false);
            onInsert(passage);
          }}
          onCancel={() => setPicking(false)}
        />
      ) : null}
      <div className="search-hit__actions">
        {onInsert && !picking ? (
          <button
            type="button"
            className="button button--small"
            aria-label={t('quote.openLabel', {
              number: hit.number,
              source: hit.symbol ?? hit.title,
            })}
            onClick={quote}
          >
            <LineIcon name="quote" /> {t('quote.open')}
          </button>
        ) : null}
        {/* A new tab, so the statement stays open where the person was writing. */}
        <a
          className="search-hit__read"
          href={referencePath(hit.documentId, hit.number)}
          target="_blank"
          rel="noopener"
        >
          {library('search.read', { number: hit.number })}
          <span className="visually-hidden">{library('search.newTab')}</span>
        </a>
      </div>
    </li>
  );
}
