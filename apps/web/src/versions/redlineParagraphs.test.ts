import { describe, expect, it } from 'vitest';
import { countChangedWords, redlineParagraphs } from './redlineParagraphs';

describe('redlineParagraphs', () => {
  it('cuts unchanged text at blank lines', () => {
    expect(
      redlineParagraphs([
        { kind: 'equal', text: 'Mr. President,\n\nViet Nam ' },
        { kind: 'insert', text: 'warmly ' },
        { kind: 'equal', text: 'welcomes this debate.' },
      ]),
    ).toEqual([
      [{ kind: 'equal', text: 'Mr. President,' }],
      [
        { kind: 'equal', text: 'Viet Nam ' },
        { kind: 'insert', text: 'warmly ' },
        { kind: 'equal', text: 'welcomes this debate.' },
      ],
    ]);
  });

  it('marks an added paragraph break with a pilcrow of its kind', () => {
    expect(
      redlineParagraphs([
        { kind: 'equal', text: 'First.' },
        { kind: 'insert', text: '\n\nSecond.' },
      ]),
    ).toEqual([
      [
        { kind: 'equal', text: 'First.' },
        { kind: 'insert', text: '¶' },
      ],
      [{ kind: 'insert', text: 'Second.' }],
    ]);
  });

  it('keeps single line breaks inside a paragraph, and drops empty paragraphs', () => {
    expect(redlineParagraphs([{ kind: 'equal', text: 'a\nb\n\n\n\n' }])).toEqual([
      [{ kind: 'equal', text: 'a\nb' }],
    ]);
    expect(redlineParagraphs([])).toEqual([]);
  });
});

describe('countChangedWords', () => {
  it('counts words added and removed, not spaces', () => {
    expect(
      countChangedWords([
        { kind: 'delete', text: 'strongly ' },
        { kind: 'insert', text: 'very strongly indeed' },
        { kind: 'insert', text: ' ' },
        { kind: 'equal', text: 'condemns' },
      ]),
    ).toEqual({ inserted: 3, deleted: 1 });
  });
});
