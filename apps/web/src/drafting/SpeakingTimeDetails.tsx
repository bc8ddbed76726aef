// What the speaking-time meter opens: the statement's words and time against the debate's
// limit, by how much it is over and where to cut, time per point, and the speaking rate.
import { formatDuration, speakingTime } from '@plenary/drafting-metrics';
import { useMemo } from 'react';
import type { DraftParagraph } from './draftParagraphs';
import { formatShortcut } from '../editor/formatShortcut';
import { t as common } from '../i18n/messages/safeguards';
import { findPoint } from './findPoint';
import { goToParagraph } from './goToParagraph';
import { ParagraphLink } from './ParagraphLink';
import { SpeakingRateField } from './SpeakingRateField';
import type { Drafting } from './useDrafting';
import { t } from '../i18n/messages/drafting';
import { t as detailsText } from '../i18n/messages/draftingDetails';
import { interleave } from '../i18n/interleave';

const LONGEST_SHOWN = 3;

function Balance({ drafting }: { drafting: Drafting }) {
  const { timing } = drafting.metrics;
  const limit = timing.limit;
  const unit = `units.${drafting.rate.unit}` as const;
  if (!limit) return <p className="time-details__balance">{t('details.noLimit')}</p>;
  if (limit.isOver) {
    return (
      <p className="time-details__balance time-details__balance--over">
        {t('details.over', {
          minutes: limit.limitMinutes,
          time: formatDuration(limit.overSeconds),
          amount: t(unit, { count: limit.overWords }),
        })}
      </p>
    );
  }
  return (
    <p className="time-details__balance">
      {t('details.left', {
        time: formatDuration(-limit.overSeconds),
        amount: t(unit, { count: -limit.overWords }),
        minutes: limit.limitMinutes,
      })}
    </p>
  );
}

function Lengths({ drafting }: { drafting: Drafting }) {
  const t = common;
  const { timing } = drafting.metrics;
  const count = (delivery: DraftParagraph['delivery']) =>
    drafting.paragraphs.filter((p) => p.delivery === delivery && p.text.trim() !== '').length;
  return (
    <>
      <dl className="time-details__lengths">
        <dt>{t('delivery.spoken')}</dt>
        <dd>
          <strong>
            {t('delivery.length', { time: formatDuration(timing.seconds), words: timing.words })}
          </strong>
        </dd>
        <dt>{t('delivery.written')}</dt>
        <dd>
          {t('delivery.length', {
            time: formatDuration(timing.written.seconds),
            words: timing.written.words,
          })}
        </dd>
      </dl>
      <p className="field__hint">
        {t('delivery.notSpoken', {
          header: count('header'),
          headings: count('heading'),
          written: count('written'),
        })}{' '}
        {t('delivery.howToMark', { shortcut: formatShortcut('Mod-Alt-w') })}
      </p>
    </>
  );
}

export function SpeakingTimeDetails({ drafting }: { drafting: Drafting }) {
  const { metrics, rate, editor } = drafting;
  const { timing, coverage } = metrics;
  const byId = useMemo(
    () => new Map(drafting.paragraphs.map((paragraph) => [paragraph.id, paragraph])),
    [drafting.paragraphs],
  );
  const go = (paragraph: DraftParagraph) => {
    if (editor) goToParagraph(editor, paragraph);
  };
  const known = (label: string) => findPoint(drafting.points ?? [], label) !== null;
  const time = (words: number) => formatDuration(speakingTime(words, rate.wordsPerMinute));
  const amount = (count: number) => t(`units.${rate.unit}`, { count });
  const longest = timing.longest.paragraphs.slice(0, LONGEST_SHOWN);
  const sharesParagraphs = drafting.paragraphs.some((paragraph) => paragraph.points.length > 1);

  return (
    <div className="time-details">
      <Lengths drafting={drafting} />
      <Balance drafting={drafting} />
      {drafting.acceptedMetrics ? (
        <p className="time-details__accepted" data-reading="accepted">
          {interleave(
            detailsText(
              drafting.acceptedMetrics.timing.limit?.isOver ? 'acceptedOver' : 'accepted',
            ),
            {
              time: <strong>{formatDuration(drafting.acceptedMetrics.timing.seconds)}</strong>,
              amount: amount(drafting.acceptedMetrics.timing.words),
            },
          )}
        </p>
      ) : null}
      {timing.longest.points.length > 0 || longest.length > 0 ? (
        <div className="time-details__longest">
          <h3 className="time-details__heading">{t('details.longest')}</h3>
          <ul className="time-details__list">
            {timing.longest.points.slice(0, LONGEST_SHOWN).map((point) => (
              <li key={point.label}>
                <span
                  className={known(point.label) ? 'point-chip' : 'point-chip point-chip--unknown'}
                >
                  {point.label}
                </span>{' '}
                {time(point.words)} · {amount(point.words)}
              </li>
            ))}
            {longest
              .flatMap((entry) => byId.get(entry.id) ?? [])
              .map((paragraph) => (
                <li key={paragraph.id} className="time-details__paragraph">
                  <ParagraphLink paragraph={paragraph} onGo={go} />
                  <span>
                    {time(timing.paragraphs.find((p) => p.id === paragraph.id)?.words ?? 0)}
                  </span>
                </li>
              ))}
          </ul>
        </div>
      ) : null}
      {coverage.points.length > 0 ? (
        <table className="time-details__points">
          <caption className="time-details__heading">{t('details.byPoint')}</caption>
          <tbody>
            {coverage.points.map((point) => (
              <tr key={point.label} data-empty={point.words === 0}>
                <th scope="row">{point.label}</th>
                <td>{amount(point.words)}</td>
                <td>{time(point.words)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t('details.notTagged')}</th>
              <td>{amount(timing.untagged.words)}</td>
              <td>{time(timing.untagged.words)}</td>
            </tr>
          </tbody>
        </table>
      ) : null}
      {coverage.points.length > 0 && sharesParagraphs ? (
        <p className="field__hint">{t('details.countsForBoth')}</p>
      ) : null}
      <SpeakingRateField rate={rate} />
    </div>
  );
}
