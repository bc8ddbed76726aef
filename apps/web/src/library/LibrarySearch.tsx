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
import { t } from '../i18n/messages/library';
import { interleave } from '../i18n/interleave';

interface LibrarySearchProps {
  debateId: string;
  inputId: string;
  /** Puts the passage into the statement; false if it could not (the text became read-only). */
  onInsert?: (hit: SearchHit) => boolean;
}

function statusText(state: SearchState): string {
  if (state.status === 'searching') return t('search.searching');
  if (state.status !== 'done') return '';
  const count = state.hits.length;
  if (count === 0) return t('search.noMatch', { query: state.query });
  return t('search.found', { count });
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
        {t('search.title')}
      </h3>
      <div className="library-search__box">
        <LineIcon name="search" />
        <label htmlFor={inputId} className="visually-hidden">
          {t('search.label')}
        </label>
        <input
          id={inputId}
          type="search"
          className="library-search__input"
          placeholder={t('search.placeholder')}
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
            ? t('search.empty')
            : t('search.documents', { count })}
        {references !== null && count === 0 ? (
          <>
            {interleave(t('search.addOn'), {
              link: <Link to={debatePath(debateId)}>{t('search.debatePage')}</Link>,
            })}
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
          aria-label={t('search.hits')}
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
                        setInserted(t('search.inserted', { citation: hit.citation }));
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
