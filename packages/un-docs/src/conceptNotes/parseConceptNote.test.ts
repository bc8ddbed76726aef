import { describe, expect, it } from 'vitest';
import { readSample } from '../fixtures/samples.js';
import { parseConceptNote } from './parseConceptNote.js';

describe('parseConceptNote on sample 000 (concept note annexed to a letter)', () => {
  const note = parseConceptNote(readSample('conceptNote'));

  it('finds exactly the discussion points 12(a)–(e) with their text', () => {
    expect(note.discussionPoints).toEqual([
      {
        label: '12(a)',
        text: 'New challenges to promoting and supporting the partnership between the United Nations, in particular the Security Council, and regional and subregional organizations, in conflict prevention and resolution efforts',
      },
      {
        label: '12(b)',
        text: 'The importance of enhancing confidence-building measures and dialogue to support conflict prevention and resolution efforts',
      },
      {
        label: '12(c)',
        text: 'Experiences and lessons learned regarding cooperation between the United Nations and regional and subregional organizations in promoting confidence-building measures and dialogue among the parties concerned in order to resolve disputes',
      },
      {
        label: '12(d)',
        text: 'Recommendations to enhance the complementary partnership between the Security Council and regional and subregional organizations in conflict prevention and resolution through building confidence and promoting dialogue',
      },
      {
        label: '12(e)',
        text: 'Measures to form and enhance cooperation among regional organizations in this matter',
      },
    ]);
  });

  it('keeps the objectives 11(a)–(d) apart from the points', () => {
    expect(note.objectives.map((item) => item.label)).toEqual(['11(a)', '11(b)', '11(c)', '11(d)']);
    expect(note.objectives[0]?.text).toMatch(
      /^To underline the importance of continuously strengthening/,
    );
    expect(note.objectives[3]?.text).toMatch(/and other United Nations bodies$/);
  });

  it('fills in the meeting and leaves unstated fields empty', () => {
    expect(note).toMatchObject({
      kind: 'concept-note',
      symbol: null,
      theme:
        'Enhancing cooperation between the United Nations and regional and subregional organizations in enhancing confidence-building and dialogue in conflict prevention and resolution',
      body: 'Security Council',
      meetingDate: '2021-04-19',
      meetingTime: '08:00',
      presidency: 'Viet Nam',
      convener: null,
      // The annex's title and paragraph 13 name a “high-level open debate” (the 2026-12-05
      // convention keeps the qualifier).
      format: 'high-level open debate',
      speakingLimitMinutes: null,
      // "Statements submitted no later than the day of the meeting" sets the deadline.
      submission: { email: 'dppa-scsb3@un.org', deadline: '2021-04-19' },
      expectedOutcome: 'presidential statement',
    });
  });
});

describe('parseConceptNote invents nothing', () => {
  it('finds no points, objectives or meeting in the training-programme article (sample 003)', () => {
    const note = parseConceptNote(readSample('trainingArticle'));
    expect(note.discussionPoints).toEqual([]);
    expect(note.objectives).toEqual([]);
    expect(note.meetingDate).toBeNull();
    expect(note.presidency).toBeNull();
    expect(note.submission).toEqual({ email: null, deadline: null });
  });

  it('ignores a presidency and a date from the background history', () => {
    const note = parseConceptNote(
      'Concept note\n\nBackground\n\nIn 2010, under the presidency of Nigeria, the Council held an open debate on 16 July 2010.',
    );
    expect(note.presidency).toBeNull();
    expect(note.meetingDate).toBeNull();
  });

  it('dates a meeting a sentence names in the present tense, but not one it recalls', () => {
    const present = parseConceptNote(
      'Concept note\n\nThe Arria-formula meeting takes place on 9 March 2027 in Conference Room 4.\n\nMembers meet from 3pm to 6pm.',
    );
    expect(present.meetingDate).toBe('2027-03-09');
    expect(present.meetingTime).toBe('15:00');
    const recalled = parseConceptNote(
      'Concept note\n\nThe Arria-formula meeting was held on 9 March 2025 in Conference Room 4.',
    );
    expect(recalled.meetingDate).toBeNull();
  });

  it('takes an address for interventions before one for the list of speakers', () => {
    const interventions = parseConceptNote(
      'Concept note\n\nThe briefing will be held on Friday, 16 April 2027.\n\nDelegations may e-mail the text of their interventions to pts@example.org by 14 April 2027.',
    );
    expect(interventions.submission).toEqual({ email: 'pts@example.org', deadline: '2027-04-14' });
    const speakers = parseConceptNote(
      'Concept note\n\nThe briefing will be held on Friday, 16 April 2027.\n\nDelegations wishing to make interventions may inscribe on the list of speakers by writing to pts@example.org.',
    );
    // The 2026-12-05 convention: with no address for the text, the floor's is the submission's.
    expect(speakers.submission.email).toBe('pts@example.org');
    const both = parseConceptNote(
      'Concept note\n\nThe briefing will be held on Friday, 16 April 2027.\n\nDelegations wishing to speak may inscribe on the list of speakers by writing to floor@example.org by 12 April 2027.\n\nWritten statements may be sent to texts@example.org.',
    );
    expect(both.submission).toEqual({ email: 'texts@example.org', deadline: '2027-04-12' });
  });

  it("starts the meeting at its programme's first line", () => {
    const note = parseConceptNote(
      'Concept note\n\nThe briefing will be held on Friday, 16 April 2027.\n\nProgramme\n\n15:00 – 15:10 Opening\n\n15:10 – 16:00 Briefings\n\nStatements are due by 14 April 2027, 12:00.',
    );
    expect(note.meetingTime).toBe('15:00');
  });
});

describe('parseConceptNote says how sure it is', () => {
  it('gives each field found a confidence and the sentence it came from', () => {
    const note = parseConceptNote(readSample('conceptNote'));
    expect(note.confidence.presidency).toBeGreaterThanOrEqual(0.9);
    expect(note.sources.presidency).toMatch(/In its capacity as President of the Security Council/);
    expect(note.sources.meetingDate).toMatch(/19 April 2021/);
    expect(note.missing).toEqual([]);
    expect(note.notice).toBeNull();
  });

  it('ranks a theme guessed from a sentence below one the note labels', () => {
    const labelled = parseConceptNote('Theme: Water and peace\n\nDate: 3 March 2027');
    const guessed = parseConceptNote(
      'Background\n\nThe President of the General Assembly will convene a meeting on water and peace.',
    );
    expect(labelled.theme).toBe('Water and peace');
    expect(guessed.theme).toBe('water and peace');
    expect(guessed.confidence.theme ?? 1).toBeLessThan(labelled.confidence.theme ?? 0);
  });
});

describe('parseConceptNote on a text with questions but no meeting header', () => {
  const note = parseConceptNote(
    'Our mission at the debate\n\nDelegations are invited to address the following questions:\n\n- How can early warning be improved?\n\n- Who should act first?',
  );

  it('imports the points and lists what is missing', () => {
    expect(note.discussionPoints.map((point) => point.text)).toEqual([
      'How can early warning be improved?',
      'Who should act first?',
    ]);
    expect(note.missing).toEqual(['theme', 'body', 'meetingDate', 'meetingTime', 'format']);
    expect(note.notice).toBe(
      'No meeting header was found, so only the discussion points were read. Fill in the theme, body, date, time and format before confirming.',
    );
  });
});

describe('parseConceptNote on long lists of organizers', () => {
  it('reads "X and Y and … will host" in linear time (no exponential backtracking)', () => {
    const states = Array.from({ length: 40 }, () => 'Ghana and Japan').join(' and ');
    const started = performance.now();
    parseConceptNote(`${states}, in their capacity as co-chairs of a group, will not be there.`);
    // Forty pairs took minutes with a pattern that spelled the list out; now milliseconds.
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('names the States that host "in their capacity as" co-chairs', () => {
    const note = parseConceptNote(
      'Arria-formula meeting on youth\n\nColombia and Finland, in their capacity as co-chairs of the Group of Friends of Youth, Peace and Security, will host an Arria-formula meeting on 8 December 2027.',
    );
    expect(note).toMatchObject({ convener: 'Colombia and Finland', presidency: null });
  });
});

describe('formats across languages', () => {
  const format = (text: string) => parseConceptNote(text).format;

  it('reads a round table as a round table in English, French and Spanish', () => {
    const sentence = 'will convene a {} on Monday, 1 March 2027, at 10 a.m.';
    expect(
      format(`The President of the General Assembly ${sentence.replace('{}', 'round table')}`),
    ).toBe('round table');
    expect(
      format(
        'La Présidente de l’Assemblée générale convoquera une table ronde le lundi 1er mars 2027 à 10 heures.',
      ),
    ).toBe('round table');
    expect(
      format(
        'El Presidente de la Asamblea General convocará una mesa redonda el lunes 1 de marzo de 2027 a las 10.00 horas.',
      ),
    ).toBe('round table');
  });

  it('reads a Human Rights Council panel discussion the same in the three languages', () => {
    expect(
      format('The Human Rights Council will hold a panel discussion on 1 March 2027 at 10 a.m.'),
    ).toBe('panel discussion');
    expect(
      format(
        'Le Conseil des droits de l’homme tiendra une réunion-débat le 1er mars 2027 à 10 heures.',
      ),
    ).toBe('panel discussion');
    expect(
      format(
        'El Consejo de Derechos Humanos celebrará una mesa redonda el 1 de marzo de 2027 a las 10.00 horas.',
      ),
    ).toBe('panel discussion');
  });

  it('prefers the form the note says its meeting takes to a format it only mentions', () => {
    expect(
      format(
        'Ahead of the high-level political forum, the President of ECOSOC will convene a meeting on 1 March 2027 at 10 a.m. It will take the form of an informal dialogue.',
      ),
    ).toBe('informal dialogue');
  });
});

describe('parseConceptNote reads a meeting over several days', () => {
  it('takes the first day, its year from the last', () => {
    const note = parseConceptNote(
      'The Council will hold its annual Forum from Monday, 3 May to Wednesday, 5 May 2027 at Headquarters.',
    );
    expect(note.meetingDate).toBe('2027-05-03');
  });
});

describe('parseConceptNote keeps any frequency word with the format (decided in session 19)', () => {
  const format = (text: string) => parseConceptNote(text).format;

  it('reads how often a meeting is held, in English, French and Spanish', () => {
    expect(
      format(
        'The Security Council will hold its quarterly open debate on 14 April 2027 at 10 a.m.',
      ),
    ).toBe('quarterly open debate');
    expect(
      format(
        'Le Conseil de sécurité tiendra son débat public trimestriel le 14 avril 2027 à 10 heures.',
      ),
    ).toBe('quarterly open debate');
    expect(
      format(
        'El Consejo de Seguridad celebrará su debate abierto trimestral el 14 de abril de 2027 a las 10.00 horas.',
      ),
    ).toBe('quarterly open debate');
    expect(
      format('The Commission will hold its semi-annual briefing on 3 May 2027 at 3 p.m.'),
    ).toBe('semi-annual briefing');
  });

  it('reads it after an Arabic kind, as the levels are read', () => {
    expect(
      format('سيعقد مجلس الأمن مناقشة مفتوحة فصلية يوم 14 نيسان/أبريل 2027 في الساعة 10:00.'),
    ).toBe('quarterly open debate');
  });
});
