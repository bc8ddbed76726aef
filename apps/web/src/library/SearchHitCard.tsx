// One ranked passage: where it comes from, the words around the match (highlighted as
// text, never as HTML), and what the person may do with it.
import { referencePath } from '../routing/useRoute';
import { LineIcon } from '../ui/LineIcon';
import type { SearchHit } from './referencesApi';

interface SearchHitCardProps {
  hit: SearchHit;
  /** Absent for people who may not edit the statement: they read and search only. */
  onInsert?: () => void;
}

export function SearchHitCard({ hit, onInsert }: SearchHitCardProps) {
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
      <div className="search-hit__actions">
        {onInsert ? (
          <button
            type="button"
            className="button button--small"
            aria-label={`Insert paragraph ${hit.number} of ${hit.symbol ?? hit.title} as a quotation`}
            onClick={onInsert}
          >
            <LineIcon name="quote" /> Insert quotation
          </button>
        ) : null}
        {/* A new tab, so the statement stays open where the person was writing. */}
        <a
          className="search-hit__read"
          href={referencePath(hit.documentId, hit.number)}
          target="_blank"
          rel="noopener"
        >
          Read paragraph {hit.number} in context
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </div>
    </li>
  );
}
