import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { makeDocx, makeMarkdown, makePdf } from '../../scripts/makeFixtures.js';
import { DocumentReadError, type DocumentReadErrorCode } from '../errors/DocumentReadError.js';
import { corpusNotes, readCorpusText } from '../fixtures/corpus.js';
import { readSample } from '../fixtures/samples.js';
import { scoreNote } from '../fixtures/scoreNote.js';
import { importDocument } from '../importDocument.js';
import { parseConceptNote } from '../conceptNotes/parseConceptNote.js';
import { listColumns } from '../conceptNotes/layout/listColumns.js';
import type { ConceptNote } from '../conceptNotes/ConceptNote.js';
import { parseReport } from '../reports/parseReport.js';
import { readDocument } from './readDocument.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

async function importNote(bytes: Uint8Array, fileName: string): Promise<ConceptNote> {
  const { document } = await importDocument(bytes, { fileName });
  if (document.kind !== 'concept-note')
    throw new Error(`${fileName} was read as a ${document.kind}`);
  return document;
}

async function readError(
  bytes: Uint8Array,
  fileName: string,
  maxBytes?: number,
): Promise<DocumentReadError> {
  try {
    await importDocument(bytes, { fileName, maxBytes });
  } catch (error) {
    if (error instanceof DocumentReadError) return error;
    throw error;
  }
  throw new Error(`${fileName} was accepted`);
}

/** The note without what depends on the exact words read (sources, confidence). */
function fields(note: ConceptNote): Partial<ConceptNote> {
  const { sources: _sources, confidence: _confidence, ...rest } = note;
  return rest;
}

describe('the same concept note as .txt, .md, .docx and .pdf', () => {
  const text = readSample('conceptNote');
  const expected = fields(parseConceptNote(text));

  it('gives the same note, points and all, in every format', async () => {
    const files: [string, Uint8Array, string][] = [
      ['note.txt', utf8(text), 'markdown'], // the sample itself carries Markdown emphasis
      ['note.md', utf8(makeMarkdown(text)), 'markdown'],
      ['note.docx', await makeDocx(text), 'docx'],
      ['note-word-lists.docx', await makeDocx(text, { wordLists: true }), 'docx'],
      ['note.pdf', await makePdf(text, { symbol: 'S/2021/0000', jobNumber: '21-04201' }), 'pdf'],
    ];
    for (const [fileName, bytes, format] of files) {
      const { format: read } = await readDocument(bytes, { fileName });
      expect(read, fileName).toBe(format);
      const note = await importNote(bytes, fileName);
      expect(note.discussionPoints, fileName).toEqual(expected.discussionPoints);
      expect({ ...fields(note), symbol: null }, fileName).toEqual(expected);
    }
  });

  it('takes the symbol from the running header of the PDF, once', async () => {
    const note = await importNote(await makePdf(text, { symbol: 'S/2021/0000' }), 'note.pdf');
    expect(note.symbol).toBe('S/2021/0000');
  });

  it('reads Word automatic "a)" lists back with their labels', async () => {
    const corpus = corpusNotes().find((note) => note.name === 'word-list-open-debate');
    const source = readCorpusText('word-list-open-debate.txt');
    const note = await importNote(await makeDocx(source, { wordLists: true }), 'note.docx');
    expect(scoreNote(corpus?.expected ?? {}, { ...note }).wrong).toEqual([]);
  });
});

/**
 * Round w37at: a table setting two lists side by side (“| Objectives | Guiding questions |”) is
 * typed in Word or a PDF as the two lists, each under its header (layout/listColumns.ts), not as
 * “Label: value” rows, which would join each objective to a question.
 */
function listsSideBySide(markdown: string): string {
  const lines = markdown.split('\n');
  const out: string[] = [];
  for (let at = 0; at < lines.length; at += 1) {
    const table: string[] = [];
    while (at < lines.length && /^\s*\|.*\|\s*$/.test(lines[at] ?? ''))
      table.push(lines[at++] ?? '');
    const rows = table
      .filter((line) => !/^\s*\|?\s*:?-{3,}/.test(line))
      .map((line) =>
        line
          .trim()
          .replace(/^\||\|$/g, '')
          .split('|')
          .map((cell) => cell.trim()),
      );
    const columns =
      table.length > 2 && /^\s*\|?\s*:?-{3,}/.test(table[1] ?? '') ? listColumns(rows) : null;
    out.push(...(columns ?? table));
    if (at < lines.length) out.push(lines[at] ?? '');
  }
  return out.join('\n');
}

/**
 * The words of a Markdown note as a Word or PDF author types them: headings without "#",
 * table rows as "Label: value" lines, no emphasis markers or wiki front matter. (Markdown syntax typed literally
 * into Word is not the same note.)
 */
function plainFromMarkdown(markdown: string): string {
  return listsSideBySide(markdown.replace(/^---\n[\s\S]*?\n---\n/, ''))
    .split('\n')
    .filter((line) => !/^\s*\|?\s*:?-{3,}/.test(line) && !/^\s*\|(?:\s*\|)+\s*$/.test(line))
    .map((line) => {
      const row = /^\s*\|([^|]+)\|([^|]+)\|\s*$/.exec(line);
      const label = row?.[1]?.trim().replace(/:(\**)$/, '$1');
      const text = row ? `${label}: ${row[2]?.trim()}` : line.replace(/^#{1,6}\s+/, '');
      return text.replace(/\*\*|__/g, '').replace(/^\*\s+/, '- ');
    })
    .join('\n');
}

// A text written in a script the fixtures' standard PDF font (Times, WinAnsi) cannot draw: most
// of its letters Cyrillic, Arabic or, since round zh, Chinese (a web page's language menu,
// `Русский`, `عربي`, `中文`, is not).
function inNonLatinScript(text: string): boolean {
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  const other = (text.match(/[\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Han}]/gu) ?? []).length;
  return other * 2 > letters;
}

describe('every text note of the corpus, converted to each format', () => {
  const textNotes = corpusNotes().filter((note) => /\.(?:txt|md)$/.test(note.fileName));
  for (const { fileName: file, expected, refused, report } of textNotes) {
    it(`reads ${file} the same as .md, .docx (with and without Word lists) and .pdf (or refuses it in each)`, async () => {
      const source = readCorpusText(file);
      const markdown = file.endsWith('.md');
      const plain = markdown ? plainFromMarkdown(source) : source;
      const variants: [string, Uint8Array][] = [
        // A Markdown note is its own Markdown version (escaping its markup again would not be).
        ['note.md', utf8(markdown ? source : makeMarkdown(source))],
        ['note.docx', await makeDocx(plain)],
        ['note-lists.docx', await makeDocx(plain, { wordLists: true })],
        // Word's Symbol-font bullets (U+F0B7 …) are text pasted from a PDF; a PDF draws them as "•".
        // The fixtures' standard PDF font has no "▪" either, nor the arrows "➢" and "►": a list
        // marked only with them (no "•" above it to be a sub-list of) is drawn with "•"; "▪"
        // sub-items under "•" items are drawn with Word's second-level "o" (round w36at).
        // Round ruar: nor has it Cyrillic or Arabic letters, so a Russian or Arabic note (`tru-`,
        // `tar-`) is not drawn as a PDF: its letters would come out as other glyphs.
        ...(inNonLatinScript(plain)
          ? []
          : [
              [
                'note.pdf',
                await makePdf(
                  (plain.includes('•')
                    ? plain.replace(/^(\s*)▪/gmu, '$1o')
                    : plain.replace(/[▪➢►]/g, '•')
                  ).replace(/[\uF0B7\uF0A7\uF076\uF0D8\uF0FC]/g, '•'),
                ),
              ] as [string, Uint8Array],
            ]),
      ];
      for (const [fileName, bytes] of variants) {
        if (refused) {
          expect((await readError(bytes, fileName)).name, `${file} as ${fileName}`).toBe(
            'DocumentReadError',
          );
          continue;
        }
        if (report) {
          const { document } = await importDocument(bytes, { fileName });
          expect(document.kind, `${file} as ${fileName}`).toBe('report');
          continue;
        }
        const note = await importNote(bytes, fileName);
        expect(scoreNote(expected, { ...note }).wrong, `${file} as ${fileName}`).toEqual([]);
      }
    });
  }
});

describe('the sample reports converted to DOCX and PDF', () => {
  const samples = [
    'regionalPartnershipReport',
    'preventiveDiplomacyReport',
    'regionalCooperationReport',
  ] as const;
  for (const sample of samples) {
    it(`keeps the paragraphs, title and date of ${sample}`, async () => {
      const source = parseReport(readSample(sample));
      for (const [fileName, bytes] of [
        ['report.docx', await makeDocx(readSample(sample))],
        ['report.pdf', await makePdf(readSample(sample))],
      ] as const) {
        const { document } = await importDocument(bytes, { fileName });
        if (document.kind !== 'report')
          throw new Error(`${fileName} was read as a ${document.kind}`);
        expect(
          document.paragraphs.map((paragraph) => paragraph.number),
          fileName,
        ).toEqual(source.paragraphs.map((paragraph) => paragraph.number));
        expect([document.title, document.date], fileName).toEqual([source.title, source.date]);
        for (const { text } of document.paragraphs)
          expect(text, fileName).not.toMatch(/^[¹²³⁴⁵⁶⁷⁸⁹]/m);
      }
    });
  }
});

describe('readDocument recognizes formats by content', () => {
  it('reads UTF-16 and Windows-1252 text files', async () => {
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(Buffer.from('Côte d’Ivoire', 'utf16le')),
    ]);
    expect((await readDocument(utf16)).text).toBe('Côte d’Ivoire');
    expect((await readDocument(new Uint8Array([0x43, 0xf4, 0x74, 0x65, 0x92]))).text).toBe('Côte’');
  });

  it('calls a .txt with Markdown marks Markdown, and plain text text', async () => {
    expect(
      (await readDocument(utf8('# Concept note\n\n**Date:** 1 May'), { fileName: 'a.txt' })).format,
    ).toBe('markdown');
    expect(
      (await readDocument(utf8('Concept note\n\nDate: 1 May'), { fileName: 'a.md' })).format,
    ).toBe('markdown');
    expect((await readDocument(utf8('Concept note\n\nDate: 1 May'))).format).toBe('text');
  });
});

describe('bad input gets a clear error and nothing is imported', () => {
  const cases: [
    string,
    () => Promise<[Uint8Array, string, number?]>,
    DocumentReadErrorCode,
    RegExp,
  ][] = [
    ['an empty file', async () => [new Uint8Array(0), 'note.txt'], 'document.empty', /is empty/],
    [
      'a file of blank lines',
      async () => [utf8('\n \n\t\n'), 'note.txt'],
      'document.empty',
      /no text/,
    ],
    [
      'a PNG renamed .pdf',
      async () => [
        new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
        'note.pdf',
      ],
      'document.unsupported_type',
      /“note\.pdf” is a PNG image/,
    ],
    [
      'a corrupt DOCX (truncated)',
      async () => {
        const docx = await makeDocx(readCorpusText('briefing-no-questions.txt'));
        return [docx.subarray(0, Math.floor(docx.length / 2)), 'note.docx'];
      },
      'document.corrupt',
      /cannot be opened/,
    ],
    [
      'a ZIP that is not a Word document',
      async () => {
        const zip = new JSZip().file('content.xml', '<office:document/>');
        return [new Uint8Array(await zip.generateAsync({ type: 'uint8array' })), 'note.docx'];
      },
      'document.unsupported_type',
      /not a Word document/,
    ],
    [
      'a password-protected Word file (OLE container with EncryptionInfo)',
      async () => [
        new Uint8Array([
          0xd0,
          0xcf,
          0x11,
          0xe0,
          0xa1,
          0xb1,
          0x1a,
          0xe1,
          ...Buffer.from('EncryptionInfo', 'utf16le'),
        ]),
        'note.docx',
      ],
      'document.encrypted',
      /password-protected Word document/,
    ],
    [
      'an encrypted PDF',
      async () => [
        await makePdf(readCorpusText('briefing-no-questions.txt'), { userPassword: 'secret' }),
        'note.pdf',
      ],
      'document.encrypted',
      /password-protected/,
    ],
    [
      'a corrupt PDF',
      async () => [utf8('%PDF-1.7\n1 0 obj <<'), 'note.pdf'],
      'document.corrupt',
      /not a readable PDF/,
    ],
    [
      'an oversized upload',
      async () => [utf8('x'.repeat(2048)), 'note.txt', 1024],
      'document.too_large',
      /2 KB; the limit is 1 KB/,
    ],
    [
      'binary data',
      async () => [new Uint8Array(512).map((_, index) => (index * 7) % 32), 'note.txt'],
      'document.unsupported_type',
      /binary/,
    ],
    [
      'a text with no recognizable structure',
      async () => [utf8(readSample('trainingArticle')), '003.txt'],
      'document.no_structure',
      /no meeting/,
    ],
  ];

  for (const [name, make, code, message] of cases) {
    it(`${name} → ${code}`, async () => {
      const [bytes, fileName, maxBytes] = await make();
      const error = await readError(bytes, fileName, maxBytes);
      expect(error.code).toBe(code);
      expect(error.message).toMatch(message);
    });
  }
});
