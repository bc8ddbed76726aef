// Full-text search of the debate's library from beside the statement: ranked passages
// with highlighted matches, each quotable into the text with its citation.
import { useId, useState } from 'react';
import { Link } from '../routing/Link';
import { debatePath } from '../routing/useRoute';
import { ErrorNotice } from '../ui/ErrorNotice';
import { LineIcon } from '../ui/LineIcon';
import type { SearchHit } from './referencesApi';
import { SearchHitCard } from './SearchHitCard';
import { useLibrarySearch, type SearchState } from './useLibrarySearch';
import { useReferences } from './useReferences';

interface LibrarySearchProps {
  debateId: string;
  inputId: string;
  /** Puts the passage into the statement; false if it could not (the text became read-only). */
  onInsert?: (hit: SearchHit) => boolean;
}

function statusText(state: SearchState): string {
  if (state.status === 'searching') return 'Searching…';
  if (state.status !== 'done') return '';
  const count = state.hits.length;
  if (count === 0) return `No passage matches “${state.query}”.`;
  return `${count} passage${count === 1 ? '' : 's'} found.`;
}

export function LibrarySearch({ debateId, inputId, onInsert }: LibrarySearchProps) {
  const [query, setQuery] = useState('');
  const [inserted, setInserted] = useState<string | null>(null);
  const state = useLibrarySearch(debateId, query);
  const { references } = useReferences(debateId);
  const hintId = useId();
  const hits = 'hits' in state ? state.hits : [];
  const count = references?.length ?? 0;

  return (
    <section className="panel-section" aria-labelledby={`${inputId}-title`}>
      <h3 id={`${inputId}-title`} className="panel-section__title">
        Reference library
      </h3>
      <div className="library-search__box">
        <LineIcon name="search" />
        <label htmlFor={inputId} className="visually-hidden">
          Search the reference library
        </label>
        <input
          id={inputId}
          type="search"
          className="library-search__input"
          placeholder="Search the reports…"
          autoComplete="off"
          value={query}
          aria-describedby={hintId}
          onChange={(event) => {
            setQuery(event.target.value);
            setInserted(null);
          }}
        />
      </div>
      <p id={hintId} className="library-search__hint">
        {references === null
          ? ' '
          : count === 0
            ? 'The library is empty.'
            : `${count} document${count === 1 ? '' : 's'} in the library; best matches first.`}
        {references !== null && count === 0 ? (
          <>
            {' '}
            Add reports on the <Link to={debatePath(debateId)}>debate page</Link>.
          </>
        ) : null}
      </p>
      <p className="library-search__status" role="status">
        {inserted ?? statusText(state)}
      </p>
      <ErrorNotice message={state.status === 'failed' ? state.message : null} />
      {hits.length > 0 ? (
        <ol
          className="search-hits"
          aria-label="Passages found"
          aria-busy={state.status === 'searching'}
        >
          {hits.map((hit) => (
            <SearchHitCard
              key={`${hit.documentId}-${hit.number}`}
              hit={hit}
              onInsert={
                onInsert
                  ? (passage) => {
                      if (onInsert({ ...hit, text: passage })) {
                        setInserted(`Quotation inserted: ${hit.citation}.`);
                      }
                    }
                  : undefined
              }
            />
          ))}
        </ol>
      ) : null}
    </section>
  );
}
