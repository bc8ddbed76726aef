import { describe, expect, it } from 'vitest';
import { ownMeetingAhead } from './ownMeetingAhead.js';

describe('ownMeetingAhead (round t42a)', () => {
  it('reads the bare kind a demonstrative opens a sentence looking ahead on', () => {
    expect(ownMeetingAhead('This session will take stock of progress on financing.')).toBe(
      'session',
    );
    expect(ownMeetingAhead('This virtual meeting aims to gather views from young people.')).toBe(
      'meeting',
    );
    expect(ownMeetingAhead('Cette séance permettra aux délégations de partager leurs vues.')).toBe(
      'meeting',
    );
    expect(ownMeetingAhead('Esta sesión examinará el papel de las ciudades.')).toBe('meeting');
    expect(ownMeetingAhead('This thematic session will hear from ten mayors.')).toBe(
      'thematic session',
    );
  });

  it('reads no part of a meeting, no meeting referred back to, nothing held', () => {
    expect(ownMeetingAhead('This opening session will start at 9 a.m.')).toBe(null);
    expect(ownMeetingAhead('The meeting will be webcast live.')).toBe(null);
    expect(ownMeetingAhead('This session was attended by forty delegations.')).toBe(null);
  });
});
