import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalizeText.js';

const blocks = (text: string): string[] => normalizeText(text).split('\n\n');

describe('normalizeText removes PDF page furniture', () => {
  it('drops job numbers, bar codes, page numbers and the repeated symbol, keeping the first', () => {
    const text = [
      'United Nations      S/2022/154',
      'Security Council      Distr.: General',
      '',
      'Some text that goes on.',
      '22-02817 (E)    030322',
      '*2202817*      Please recycle',
      '\f',
      'S/2022/154',
      '2/3      22-02817',
      'More text.',
      '- 3 -',
      'Page 4',
      '21-04201 2/5',
    ].join('\n');
    expect(blocks(text)).toEqual([
      'United Nations',
      'S/2022/154',
      'Security Council',
      'Distr.: General',
      'Some text that goes on.',
      'More text.',
    ]);
  });

  it('drops lines repeated at the edges of several pages', () => {
    const body = [
      'First line of the page.',
      'Second line here.',
      'Third line here.',
      'Fourth line.',
      'Fifth.',
    ];
    const page = (n: number) =>
      [
        'Running header of the report',
        '',
        ...body.map((line) => `${line} (${'p'.repeat(n)})`),
        '',
        `Confidential draft ${n}`,
      ].join('\n');
    const result = blocks([page(1), page(2), page(3)].join('\n\f\n'));
    expect(result.join(' ')).toContain('Fifth. (ppp)');
    expect(result.join(' ')).not.toMatch(/Running header|Confidential draft/);
  });
});

describe('normalizeText reflows hard-wrapped lines', () => {
  const wrapped = [
    '1.    Women who take part in peace processes, political life and public debate are',
    'increasingly the targets of threats and violence. Such attacks deter others from partici-',
    'pating. Women human rights defenders and peacebuilders working in conflict-',
    'affected settings, whose situation was raised with the Secretary-',
    'General, face particular risks.',
    '2.    The Council has repeatedly called for the full, equal and meaningful participation.',
  ].join('\n');

  it('joins lines into blocks and starts a block at each label', () => {
    const result = blocks(wrapped);
    expect(result).toHaveLength(2);
    expect(result[1]).toBe(
      '2. The Council has repeatedly called for the full, equal and meaningful participation.',
    );
  });

  it('removes typesetting hyphens and keeps those of compounds', () => {
    const [first] = blocks(wrapped);
    expect(first).toContain('deter others from participating.');
    expect(first).toContain('in conflict-affected settings');
    expect(first).toContain('the Secretary-General, face');
  });

  it('joins a wrapped line that only looks like a field to the phrase it ends (round 11)', () => {
    const title = [
      '31st session of the Human Rights Council',
      'High-level panel discussion on the fiftieth anniversary of the International Covenants on Human',
      'Rights: universality, indivisibility, interdependence and interrelatedness of all human rights',
      '',
      'The Human Rights Council will mark the anniversary through a panel discussion with a focus on it.',
      'Date: 1 March 2016, from 9 a.m. to 12 p.m. at the Palais des Nations in Geneva, Room XX',
      'Venue: Palais des Nations',
    ].join('\n');
    const result = blocks(title);
    expect(result[1]).toMatch(/Covenants on Human Rights: universality, .* human rights$/u);
    // A real field after a full line names no phrase found elsewhere: it stays a block.
    expect(result).toContain('Venue: Palais des Nations');
  });

  it("splits a page flattened to one line after its title, before the document's kind (round 11)", () => {
    const page = `13 February 2016 Panel on the contribution of parliaments to the work of the Council CONCEPT NOTE Date and Venue 29 May 2013, Palais des Nations. ${'Background sentence. '.repeat(20)}`;
    expect(blocks(page)[0]).toBe(
      '13 February 2016 Panel on the contribution of parliaments to the work of the Council',
    );
    // A sentence naming this concept note in lower case is no heading.
    const sentence = `This concept note sets out the panel. ${'Background sentence. '.repeat(20)}`;
    expect(blocks(sentence)).toHaveLength(1);
  });

  it('turns footnotes under a rule into superscript blocks and marks the reference', () => {
    const text =
      'They face particular risks.1\n\n_______________\n1 See the report of the Secretary-General\n  (S/2021/827).';
    expect(blocks(text)).toEqual([
      'They face particular risks.¹',
      '¹ See the report of the Secretary-General (S/2021/827).',
    ]);
  });
});

describe('normalizeText decodes Markdown and HTML', () => {
  it('strips headings, emphasis, links and escapes', () => {
    const text =
      '# **II.** The changing landscape\n\nCost: \\$19.44 billion, see [S/2015/446](#) and *Global Overview*.\n\n- (a) Agreement;\n* A bullet';
    expect(blocks(text)).toEqual([
      'II. The changing landscape',
      'Cost: $19.44 billion, see S/2015/446 and Global Overview.',
      '(a) Agreement;',
      '• A bullet',
    ]);
  });

  it('turns <sup> footnote markers, even doubly escaped ones, into superscripts', () => {
    expect(
      blocks('occur".<sup>1</sup> Next\n\n<sup>&</sup>lt;sup>11</sup> Regular budget'),
    ).toEqual(['occur".¹ Next', '¹¹ Regular budget']);
  });

  it('removes a table of contents', () => {
    const text =
      'Contents\n\t<i>Paragraphs</i>\t<i>Page</i>\nI. Introduction\t1–5\t3\nA. Early moves . . . . . . . . 7–10 3\n\nI. Introduction\n\n1. Text.';
    expect(blocks(text)).toEqual(['I. Introduction', '1. Text.']);
  });
});

describe('normalizeText repairs what converters and viewers add (round 10, real texts)', () => {
  it('joins a word split after its first letter, not a letter before a function word', () => {
    expect(blocks('Panel d iscussion on prevention\n\nDate and v enue 18 September 2014')).toEqual([
      'Panel discussion on prevention',
      'Date and venue 18 September 2014',
    ]);
    expect(blocks('the axes x and y')).toEqual(['the axes x and y']);
    expect(blocks("the Council's agenda")).toEqual(["the Council's agenda"]);
  });

  it("drops a viewer's page counter in any language", () => {
    expect(blocks('Sunteți pe pagina 1din 4\n\nConcept note')).toEqual(['Concept note']);
    expect(blocks('You are on page 1 of 9\n\nConcept note')).toEqual(['Concept note']);
  });

  it("drops a page's cut copy of its title for the whole title", () => {
    const text = [
      'High-level panel discussion on the fiftieth anniversary of the International',
      '',
      '31st session of the Human Rights Council',
      'High-level panel discussion on the fiftieth anniversary of the International Covenants on Human Rights',
      'Concept note (as of 29 February 2016)',
    ].join('\n');
    expect(blocks(text)).toEqual([
      '31st session of the Human Rights Council',
      'High-level panel discussion on the fiftieth anniversary of the International Covenants on Human Rights',
      'Concept note (as of 29 February 2016)',
    ]);
  });
});
