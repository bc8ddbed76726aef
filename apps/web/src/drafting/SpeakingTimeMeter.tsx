// The speaking-time meter in the statement's bar: estimated delivery time against the
// debate's limit, always in view while writing; it opens the details (and the rate).
import { formatDuration } from '@plenary/drafting-metrics';
import type { TFunction } from 'i18next';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SpeakingTimeDetails } from './SpeakingTimeDetails';
import type { Drafting } from './useDrafting';

function summaryOf(
  drafting: Drafting,
  t: TFunction,
): { text: string; written: string | null; over: boolean; share: number | null } {
  const { timing } = drafting.metrics;
  const time = formatDuration(timing.seconds);
  const limit = timing.limit;
  // The full text is longer than what is read out: say so beside the spoken time.
  const written =
    timing.written.words > timing.words
      ? t('delivery.writtenShort', { time: formatDuration(timing.written.seconds) })
      : null;
  if (!limit) {
    const text = t('delivery.spokenWords', { time, words: timing.words });
    return { text, written, over: false, share: null };
  }
  const share = limit.limitWords > 0 ? timing.words / limit.limitWords : 1;
  if (limit.isOver) {
    const text = t('delivery.spokenOver', { time, over: formatDuration(limit.overSeconds) });
    return { text, written, over: true, share };
  }
  return {
    text: t('delivery.spokenOf', { time, limit: limit.limitMinutes }),
    written,
    over: false,
    share,
  };
}

export function SpeakingTimeMeter({ drafting }: { drafting: Drafting }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const popover = useRef<HTMLDivElement>(null);
  const popoverId = useId();
  const { t } = useTranslation();
  const { text, written, over, share } = summaryOf(drafting, t);

  useEffect(() => {
    if (!open) return;
    function onPointerDown(event: PointerEvent): void {
      const target = event.target;
      if (!(target instanceof Node)) return;
      if (popover.current?.contains(target) || button.current?.contains(target)) return;
      setOpen(false);
    }
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    setOpen(false);
    button.current?.focus();
  }

  return (
    <div className="time-meter" data-over={over}>
      <button
        ref={button}
        type="button"
        className="button button--small time-meter__button"
        aria-expanded={open}
        aria-controls={open ? popoverId : undefined}
        title="Speaking time: details and speaking rate"
        onClick={() => setOpen(!open)}
      >
        <span className="visually-hidden">Speaking time: </span>
        <span className="time-meter__text">{text}</span>
        {written ? <span className="time-meter__written">{written}</span> : null}
        {share !== null ? (
          <span className="time-meter__gauge" aria-hidden="true">
            <span style={{ width: `${Math.min(100, Math.round(share * 100))}%` }} />
          </span>
        ) : null}
      </button>
      {open ? (
        <div
          ref={popover}
          id={popoverId}
          className="time-meter__popover"
          role="dialog"
          aria-label="Speaking time"
          onKeyDown={handleKeyDown}
        >
          <h2 className="time-details__title">Speaking time</h2>
          <SpeakingTimeDetails drafting={drafting} />
        </div>
      ) : null}
    </div>
  );
}
