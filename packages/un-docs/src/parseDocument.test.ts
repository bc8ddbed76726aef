import { describe, expect, it } from 'vitest';
import { DocumentReadError } from './errors/DocumentReadError.js';
import { corpusNotes, readCorpusText } from './fixtures/corpus.js';
import { readSample } from './fixtures/samples.js';
import { parseDocument } from './parseDocument.js';

describe('parseDocument decides the kind from the content', () => {
  it('reads sample 000 as a concept note although it has numbered paragraphs', () => {
    expect(parseDocument(readSample('conceptNote')).kind).toBe('concept-note');
  });

  it('reads samples 001, 002 and 004 as reports', () => {
    expect(parseDocument(readSample('regionalPartnershipReport')).kind).toBe('report');
    expect(parseDocument(readSample('preventiveDiplomacyReport')).kind).toBe('report');
    expect(parseDocument(readSample('regionalCooperationReport')).kind).toBe('report');
  });

  it('reads every text note of the corpus as a concept note', () => {
    for (const { fileName } of corpusNotes().filter(
      (note) => !note.refused && !note.report && /\.(?:txt|md)$/.test(note.fileName),
    )) {
      expect(parseDocument(readCorpusText(fileName)).kind, fileName).toBe('concept-note');
    }
    // Some 1,400 notes in one test: a shared 2-core machine needs more than the default 30 s (the
    // whole un-docs suite beside other work took 190 s in session 17).
  }, 300_000);

  it('refuses the training-programme article (sample 003) instead of inventing a structure', () => {
    expect(() => parseDocument(readSample('trainingArticle'))).toThrowError(
      expect.objectContaining({ code: 'document.no_structure' }) as Error,
    );
  });

  it('imports a news item quoting the questions as a partial note that says what to fill in', () => {
    const note = parseDocument(readCorpusText('news-item-quoted-questions.txt'));
    if (note.kind !== 'concept-note') throw new Error('read as a report');
    expect(note.discussionPoints).toHaveLength(3);
    expect(note.meetingDate).toBeNull();
    expect(note.missing).toEqual(['theme', 'body', 'meetingDate', 'meetingTime', 'format']);
    expect(note.notice).toBe(
      'No meeting header was found, so only the discussion points were read. Fill in the theme, body, date, time and format before confirming.',
    );
  });

  it('imports a dated meeting in a known format without questions, with no notice', () => {
    const note = parseDocument(
      'The President of the General Assembly will convene a plenary meeting on Friday, 20 March 2026, at 10 a.m.',
    );
    if (note.kind !== 'concept-note') throw new Error('read as a report');
    expect(note).toMatchObject({
      meetingDate: '2026-03-20',
      format: 'plenary meeting',
      convener: 'the President of the General Assembly',
      notice: null,
    });
  });

  it('imports a page naming a bare meeting as a partial note, every field to check (round 34k)', () => {
    const note = parseDocument(readCorpusText('t34k-fr-reunion-page-mission.txt'));
    if (note.kind !== 'concept-note') throw new Error('read as a report');
    expect(note).toMatchObject({ meetingDate: '2027-04-09', format: null });
    expect(Math.max(...Object.values(note.confidence))).toBeLessThan(0.6);
    expect(note.notice).toBe(
      'This text does not present itself as a concept note; it was read as one because it names a meeting. Check every field against it. Fill in the body, time and format before confirming.',
    );
  });

  it.each([
    [
      'a press release of a meeting held',
      '9 February 2027\n\nCouncil Hears Calls for Reform in Open Debate\n\nThe Security Council must work in ways the membership can trust, speakers said today as the Council held its annual open debate on working methods. Their proposals included:\n\n- sharing drafts earlier;\n- more wrap-up sessions;\n- a list of upcoming meetings.',
    ],
    [
      'a record of a meeting held, quoting its speakers’ questions',
      '9 February 2027\n\nThe Council held an open debate on working methods today. One speaker asked:\n\nWho drafts?\n\nWho is consulted, and when?\n\nWho decides?\n\nOther speakers said that transparency was not a favour.',
    ],
    [
      'a programme of several days',
      'Programme of work\n\nMonday, 24 February 2027\n\n10:00 – 13:00 High-level segment\n\nTuesday, 25 February 2027\n\n10:00 – 13:00 Panel discussion on mainstreaming\n\nWednesday, 26 February 2027\n\n10:00 – 13:00 General debate\n\nNotes:\n\n1. The programme is indicative.\n\n2. The list of speakers opens on 20 February.\n\n3. Speaking time is three minutes.',
    ],
    [
      'an FAQ with numbered questions',
      'Frequently asked questions\n\n1. When does the Council meet?\n\nAt any time; the presidency sets the programme.\n\n2. Who are its members?\n\nFifteen States, five of them permanent.\n\n3. Can other States take part in open debates?\n\nYes, without a vote.',
    ],
    [
      'a policy brief asking questions with no meeting in view',
      'Policy brief\n\nClimate and security in the Lake Chad Basin\n\nQuestions Council members should be asking\n\n- How will progress be measured?\n- Who is accountable for climate risk?\n- What does the region need?',
    ],
  ])('refuses %s', (_, text) => {
    expect(() => parseDocument(text)).toThrow(DocumentReadError);
  });

  it.each([
    [
      'a course page whose questions belong to the course',
      'Course: negotiating in the Security Council\n\nThe course will run online from 3 to 7 May 2027.\n\nQuestions the course will address\n\n- How are resolutions drafted?\n- Who holds the pen?\n- How do elected members shape texts?',
    ],
    [
      'a forum announced over three days, with a programme of dated lines',
      'The Council will hold its annual Forum from Monday, 3 May to Wednesday, 5 May 2027.\n\nMonday, 3 May 2027\n\n10:00 – 13:00 Opening segment\n\nTuesday, 4 May 2027\n\n10:00 – 13:00 Thematic discussions\n\nWednesday, 5 May 2027\n\n15:00 – 18:00 Closing segment',
    ],
    [
      'a French page looking forward in the future tense, after a meeting held',
      'Une première réunion a eu lieu en 2025.\n\nLa prochaine réunion se déroulera à Genève.\n\nQuestions\n\n- Comment renforcer la prévention ?\n- Quel rôle pour les organisations régionales ?',
    ],
  ])('imports %s as a note', (_, text) => {
    expect(parseDocument(text).kind).toBe('concept-note');
  });

  it('refuses text with no recognizable structure', () => {
    let error: unknown;
    try {
      parseDocument('Shopping list\n\nMilk, bread and eggs. Call the plumber on Tuesday.');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DocumentReadError);
    expect((error as DocumentReadError).code).toBe('document.no_structure');
    expect((error as DocumentReadError).message).toMatch(/concept note or a UN report/);
  });

  it.each([
    ['r17-refused-sc-press-release.txt', 'a record of a meeting already held'],
    ['r15a-refused-statement-open-debate.txt', 'a statement as delivered'],
    ['t34k-refused-meetings-list.txt', 'a timetable or a list of several meetings'],
    ['r7l-fr-refused-faq-conseil.md', 'an explainer or a page of questions and answers'],
  ])('says what it took a refused text for (%s)', (fileName, takenFor) => {
    expect(() => parseDocument(readCorpusText(fileName))).toThrowError(
      expect.objectContaining({
        code: 'document.no_structure',
        message: expect.stringContaining(`reads as ${takenFor}, not as a concept note`) as string,
      }) as Error,
    );
  });

  it('reads a summary of a meeting held under its own symbol as a report, and refuses it without (session 16)', () => {
    const text = readCorpusText('w37b-w-ecosoc-president-summary-special-meeting-held.txt');
    const report = parseDocument(text);
    expect(report).toMatchObject({ kind: 'report', symbol: 'E/2027/58' });
    const withoutSymbol = text
      .split('\n')
      .filter((line) => !/E\/2027\/58/.test(line))
      .join('\n');
    expect(() => parseDocument(withoutSymbol)).toThrowError(DocumentReadError);
  });

  it('reads a copy cut short under its masthead, author beside symbol, as a report (round t43k)', () => {
    const catalogue = [
      'Catalogue entry',
      'Document Type: Report',
      'Subjects: water and sanitation, the right to an adequate standard of living, drought, migration caused by the loss of arable land, and the financing of rural infrastructure in landlocked States',
      'Notes: issued in all official languages; the annex, listing the contributions received from States and other stakeholders, is circulated as received, in the language of submission only.',
      'Human Rights Council Ninetieth session',
      'The human rights to safe drinking water and sanitation in rural areas',
      'Report of the Office of the United Nations High Commissioner for Human Rights',
    ];
    const body = [
      '1. The present report is submitted pursuant to Council resolution 88/4, which requested a study of access to water in rural areas.',
      '2. The Office sought contributions from States, national human rights institutions and civil society organizations, and received',
    ];
    const report = parseDocument(
      [...catalogue, 'United Nations A/HRC/90/12', ...body].join('\n\n'),
    );
    expect(report).toMatchObject({ kind: 'report', symbol: 'A/HRC/90/12' });
    // Without its own symbol the author line heads nothing, and two paragraphs make no report.
    const unsigned = (() => {
      try {
        return parseDocument([...catalogue, ...body].join('\n\n')).kind;
      } catch {
        return 'refused';
      }
    })();
    expect(unsigned).not.toBe('report');
  });

  it('reads a note by an office over no numbered paragraph by the note’s rules (round t43k)', () => {
    const head = [
      'Commission for Social Development, forty-ninth session',
      'Round table',
      'Note by the Secretariat',
    ];
    const prose =
      'A round table on social protection floors will be held on 9 February 2031 during the session. The Bureau decided that it should focus on the financing of benefits for older persons.';
    expect(parseDocument([...head, prose].join('\n\n')).kind).toBe('concept-note');
    const numbered = [
      '1. A round table on social protection floors was held on 9 February 2021 during the session.',
      '2. The Bureau decided that it should focus on the financing of benefits for older persons.',
      '3. The present note summarizes the discussion for the information of the Commission.',
    ];
    expect(parseDocument([...head, ...numbered].join('\n\n')).kind).toBe('report');
  });
});

describe('parseDocument reads a text as a concept note when the organizer asks (session 19)', () => {
  const asked = { asConceptNote: true };

  it('reads a refused press release as a note, every field highlighted, saying why', () => {
    const text = readCorpusText('r17-refused-sc-press-release.txt');
    expect(() => parseDocument(text)).toThrowError(DocumentReadError);
    const note = parseDocument(text, asked);
    if (note.kind !== 'concept-note') throw new Error('read as a report');
    expect(Object.keys(note.confidence).length).toBeGreaterThan(0);
    expect(Math.max(...Object.values(note.confidence))).toBeLessThan(0.6);
    expect(note.notice).toMatch(
      /^This text does not present itself as a concept note; it was read as one because you asked\. Check every field against it\./,
    );
  });

  it('reads a report as a note, its numbered paragraphs no longer deciding', () => {
    const note = parseDocument(readSample('preventiveDiplomacyReport'), asked);
    expect(note.kind).toBe('concept-note');
  });

  it('leaves a text that reads as a note as it was read without asking', () => {
    const text = readSample('conceptNote');
    expect(parseDocument(text, asked)).toEqual(parseDocument(text));
  });

  it('still refuses a text giving none of a note’s fields, saying so', () => {
    expect(() =>
      parseDocument('Shopping list\n\nMilk, bread and eggs. Call the plumber on Tuesday.', asked),
    ).toThrowError(
      expect.objectContaining({
        code: 'document.no_structure',
        message: expect.stringMatching(
          /^Even read as a concept note, this file gives no theme/,
        ) as string,
      }) as Error,
    );
  });
});
