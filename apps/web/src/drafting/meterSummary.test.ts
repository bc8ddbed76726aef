import { languageRate, timingSummary } from '@plenary/drafting-metrics';
import { describe, expect, it } from 'vitest';
import { meterSummary } from './SpeakingTimeMeter';

// The meter speaks the unit of the statement's speaking rate: Chinese is timed in
// characters a minute, so its meter counts characters, not words.

const CHINESE = '联合国与区域组织之间的合作至关重要。'; // 17 characters
const FRENCH = 'La coopération régionale est essentielle.'; // 5 words

function summary(text: string, language: string, limitMinutes: number | null = null) {
  const { perMinute, unit } = languageRate(language);
  const timing = timingSummary([{ id: 'p1', text, points: [] }], {
    wordsPerMinute: perMinute,
    limitMinutes,
  });
  return meterSummary(timing, unit);
}

describe('the speaking-time meter', () => {
  it('counts characters for a Chinese statement', () => {
    expect(summary(CHINESE, 'zh').text).toBe('6 s · 17 characters');
  });

  it('counts words for a French statement', () => {
    expect(summary(FRENCH, 'fr').text).toBe('3 s · 5 words');
  });

  it('says one word, not one words', () => {
    expect(summary('Merci.', 'fr').text).toBe('1 s · 1 word');
  });

  it('shows the time against the debate limit when there is one', () => {
    expect(summary(CHINESE, 'zh', 3)).toMatchObject({ text: '6 s of 3 min', over: false });
  });
});
