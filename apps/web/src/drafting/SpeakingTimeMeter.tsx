// The speaking-time meter in the statement's bar: estimated delivery time against the
// debate's limit, always in view while writing; it opens the details (and the rate).
import { formatDuration, type TimingSummary } from '@plenary/drafting-metrics';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { SpeakingTimeDetails } from '../editor/lazyPanels';
import type { Drafting } from './useDrafting';
import { t } from '../i18n/messages/drafting';

/** The meter's text: time and amount in the rate's unit (characters for Chinese). */
export function meterSummary(
  timing: TimingSummary,
  unit: 'words' | 'characters',
): { text: string; over: boolean; share: number | null } {
  const time = formatDuration(timing.seconds);
  const limit = timing.limit;
  const amount = t(`units.${unit}`, { count: timing.words });
  if (!limit) return { text: t('meter.noLimit', { time, amount }), over: false, share: null };
  const share = limit.limitWords > 0 ? timing.words / limit.limitWords : 1;
  if (limit.isOver) {
    return {
      text: t('meter.over', { time, over: formatDuration(limit.overSeconds) }),
      over: true,
      share,
    };
  }
  return { text: t('meter.ofLimit', { time, minutes: limit.limitMinutes }), over: false, share };
}

export function SpeakingTimeMeter({ drafting }: { drafting: Drafting }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const popover = useRef<HTMLDivElement>(null);
  const popoverId = useId();
  const { text, over, share } = meterSummary(drafting.metrics.timing, drafting.rate.unit);

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
        title={
          drafting.acceptedMetrics
            ? t('meter.titleWithAccepted', {
                time: formatDuration(drafting.acceptedMetrics.timing.seconds),
              })
            : t('meter.title')
        }
        onClick={() => setOpen(!open)}
      >
        <span className="visually-hidden">{t('meter.hiddenLabel')}</span>
        <span className="time-meter__text">{text}</span>
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
          aria-label={t('meter.label')}
          onKeyDown={handleKeyDown}
        >
          <h2 className="time-details__title">{t('meter.label')}</h2>
          <SpeakingTimeDetails drafting={drafting} />
        </div>
      ) : null}
    </div>
  );
}
