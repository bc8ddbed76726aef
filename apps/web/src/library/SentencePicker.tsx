// Choosing what to quote from a library paragraph: one or several of its sentences, the
// first one holding a match of the search chosen. The passage goes in as a block quotation.
import { t } from '../i18n/messages/quote';
import { useId, useMemo, useState } from 'react';
import type { SearchHit } from './referencesApi';
import { passageOf, splitSentences } from './quoteSentences';

interface SentencePickerProps {
  hit: SearchHit;
  onInsert: (passage: string) => void;
  onCancel: () => void;
}

/** Sentences holding a matched word of the snippet; the first sentence when none does. */
function matchedSentences(sentences: readonly string[], hit: SearchHit): number[] {
  const words = hit.snippet
    .filter((part) => part.match)
    .map((part) => part.text.trim().toLowerCase())
    .filter(Boolean);
  const matched = sentences
    .map((sentence, index) => ({ sentence: sentence.toLowerCase(), index }))
    .filter(({ sentence }) => words.some((word) => sentence.includes(word)))
    .map(({ index }) => index);
  return matched.length > 0 ? matched.slice(0, 1) : [0];
}

export function SentencePicker({ hit, onInsert, onCancel }: SentencePickerProps) {
  const legendId = useId();
  const sentences = useMemo(() => splitSentences(hit.text), [hit.text]);
  const [chosen, setChosen] = useState<number[]>(() => matchedSentences(sentences, hit));
  const toggle = (index: number) =>
    setChosen((list) =>
      list.includes(index) ? list.filter((i) => i !== index) : [...list, index],
    );
  const source = hit.symbol ?? hit.title;

  return (
    <div className="sentence-picker" role="group" aria-labelledby={legendId}>
      <p id={legendId} className="sentence-picker__legend">
        {t('quote.choose')}
      </p>
      <ul className="sentence-picker__list">
        {sentences.map((sentence, index) => (
          <li key={index}>
            <label className="sentence-picker__sentence">
              <input
                type="checkbox"
                checked={chosen.includes(index)}
                onChange={() => toggle(index)}
              />
              <span>{sentence}</span>
            </label>
          </li>
        ))}
      </ul>
      <div className="sentence-picker__actions">
        <button
          type="button"
          className="button button--primary button--small"
          disabled={chosen.length === 0}
          aria-label={t('quote.insertLabel', { number: hit.number, source })}
          onClick={() => onInsert(passageOf(sentences, chosen))}
        >
          {t('quote.insert', { count: chosen.length })}
        </button>
        {chosen.length < sentences.length ? (
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => setChosen(sentences.map((_, index) => index))}
          >
            {t('quote.all')}
          </button>
        ) : null}
        <button type="button" className="button button--quiet button--small" onClick={onCancel}>
          {t('quote.cancel')}
        </button>
      </div>
    </div>
  );
}
