import { describe, expect, it } from 'vitest';
import type { Member } from './commentsApi';
import { insertMention, matchingMembers, mentionedIn, mentionQuery } from './mentionQuery';

const member = (userId: string, displayName: string): Member => ({
  userId,
  displayName,
  role: 'drafter',
});
const LAN = member('u1', 'Nguyen Thi Lan');
const NAM = member('u2', 'Le Van Nam');
const NAMIKO = member('u3', 'Namiko Sato');

describe('mention queries', () => {
  it('finds the @query before the caret, names with spaces included', () => {
    const text = 'Please check, @Nguyen Th';
    expect(mentionQuery(text, text.length)).toEqual({
      start: 14,
      end: text.length,
      query: 'Nguyen Th',
    });
  });

  it('ignores e-mail addresses, new lines and queries that are really prose', () => {
    expect(mentionQuery('lan@mission.example', 19)).toBeNull();
    expect(mentionQuery('@Lan\nnext', 9)).toBeNull();
    expect(mentionQuery('@Lan  and then', 14)).toBeNull();
    expect(mentionQuery('no mention here', 15)).toBeNull();
  });

  it('matches the start of the name or of any later word', () => {
    expect(matchingMembers([LAN, NAM, NAMIKO], 'nam')).toEqual([NAM, NAMIKO]);
    expect(matchingMembers([LAN, NAM, NAMIKO], 'Thi L')).toEqual([LAN]);
    expect(matchingMembers([LAN, NAM, NAMIKO], '')).toHaveLength(3);
  });

  it('replaces the query with the full name and puts the caret after it', () => {
    const text = 'Thanks @le and more';
    const query = mentionQuery(text, 10)!;
    expect(insertMention(text, query, NAM)).toEqual({
      text: 'Thanks @Le Van Nam and more',
      caret: 19,
    });
  });

  it('reads who is mentioned from the text, whole names only', () => {
    expect(mentionedIn('@Le Van Nam, and @Nguyen Thi Lan.', [LAN, NAM, NAMIKO])).toEqual([
      'u1',
      'u2',
    ]);
    expect(mentionedIn('@Le Van Namiko', [NAM])).toEqual([]);
  });
});
