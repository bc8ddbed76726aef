import { describe, expect, it } from 'vitest';
import { findDates } from '../dates/findDates.js';
import { findTime } from '../dates/findTime.js';
import { splitSentences } from '../text/splitSentences.js';
import { parseLabel } from '../text/parseLabel.js';
import { bodiesIn } from './cues/bodyNames.js';
import { speakingLimitZh } from './cues/speakingLimitZh.js';
import { chineseDeadlines } from './cues/deadlineZh.js';
import { chineseHeadingTopic } from './cues/headingWordsZh.js';
import { placedByPeriod } from './meetingWords.js';
import { FORMATS } from './formatVocabulary.js';
import { looksForward, recordsPast } from './sentenceTense.js';

// Round zh (session 19): the Chinese vocabulary added to the tables.
function kind(text: string): string | undefined {
  return FORMATS.find(([pattern]) => pattern.test(text))?.[1];
}

describe('Chinese', () => {
  it('reads the formats', () => {
    expect(kind('举行高级别公开辩论')).toBe('open debate');
    expect(kind('举行通报会')).toBe('briefing');
    expect(kind('阿里亚办法会议')).toBe('Arria-formula meeting');
    expect(kind('部长级会议')).toBe('ministerial meeting');
    expect(kind('高级别会议')).toBe('high-level meeting');
    expect(kind('经社理事会特别会议')).toBe('special meeting');
  });

  it('dates with and without the year, and clocks', () => {
    expect(findDates('将于2027年3月10日举行')[0]?.iso).toBe('2027-03-10');
    expect(findDates('将于2月18日举行')[0]?.iso).toBe('02-18');
    expect(findTime('上午10时举行')).toBe('10:00');
    expect(findTime('下午3时至6时')).toBe('15:00');
    expect(findTime('下午3点30分')).toBe('15:30');
    expect(findTime('为期24小时')).toBeNull();
    expect(findDates('２０２７年１０月５日')[0]?.iso).toBe('2027-10-05');
    expect(findTime('上午１０时')).toBe('10:00');
  });

  it('names the bodies, not a room named after one', () => {
    expect(bodiesIn('安理会将举行')[0]?.body).toBe('Security Council');
    expect(bodiesIn('经济及社会理事会')[0]?.body).toBe('Economic and Social Council');
    expect(bodiesIn('托管理事会会议厅')).toEqual([]);
  });

  it('splits sentences at the full stop and tells a meeting ahead from one held', () => {
    expect(splitSentences('安理会将举行会议。会议将由中国主持。')).toHaveLength(2);
    expect(looksForward('安理会将于3月10日举行公开辩论会。')).toBe(true);
    expect(recordsPast('安理会10日举行了公开辩论。')).toBe(true);
  });

  it('reads Chinese numerals as labels, a heading as none, and the speaking limit', () => {
    expect(parseLabel('一、各国面临哪些挑战？')?.printed).toBe('一');
    expect(parseLabel('（二）如何加强合作？')?.printed).toBe('（二）');
    expect(parseLabel('二、指导性问题')).toBeNull();
    expect(speakingLimitZh('发言时间限于5分钟。')).toBe(5);
    expect(speakingLimitZh('每位发言者的发言不超过三分钟。')).toBe(3);
  });

  it('reads a deadline after its date and a number label with no space', () => {
    expect(chineseDeadlines('请于2027年4月15日前将发言稿发送至 x@example.org。')).toEqual([
      '2027-04-15',
    ]);
    expect(chineseDeadlines('截至2027年3月5日')).toEqual(['2027-03-05']);
    expect(chineseDeadlines('将于2027年3月5日举行')).toEqual([]);
    expect(parseLabel('1.各国如何确保青年参与？')?.printed).toBe('1');
    expect(kind('举行大使级会议')).toBe('ambassadorial-level meeting');
  });

  it('reads headings by their parts and a meeting placed by a period', () => {
    expect(chineseHeadingTopic('二、会议目标')).toBe('objectives');
    expect(chineseHeadingTopic('供讨论的问题')).toBe('points');
    expect(chineseHeadingTopic('三、预期成果')).toBeNull();
    expect(placedByPeriod('安理会将于下周举行高级别会议。')).toBe(true);
  });
});
