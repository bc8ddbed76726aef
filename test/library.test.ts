import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDraftingTeam } from './support/factories.js';
import type { ApiClient } from './support/http.js';
import { sampleBytes } from './support/samples.js';
import { startTestServer, type TestServer } from './support/testServer.js';

type ErrorBody = { error: { code: string; message: string } };
interface Preview {
  fileName: string;
  format: string;
  text: string;
  note: {
    theme: string | null;
    presidency: string | null;
    meetingDate: string | null;
    symbol: string | null;
    objectives: { label: string; text: string }[];
    discussionPoints: { label: string; text: string }[];
    submission: { email: string | null; deadline: string | null };
    speakingLimitMinutes: number | null;
    format: string | null;
    expectedOutcome: string | null;
  };
}

/** A ZIP local-file header naming word/document.xml, followed by garbage: a broken Word file. */
function corruptDocx(): Uint8Array {
  const name = new TextEncoder().encode('word/document.xml');
  const header = new Uint8Array(30);
  header.set([0x50, 0x4b, 0x03, 0x04]);
  header[26] = name.length;
  return Uint8Array.from([...header, ...name, ...new Uint8Array(64).fill(0xab)]);
}

describe('importing concept notes and reference documents', () => {
  let server: TestServer;
  let organizer: ApiClient;
  let drafter: ApiClient;
  let debateId: string;
  beforeAll(async () => {
    server = await startTestServer();
    const team = await makeDraftingTeam(server.url);
    organizer = team.admin;
    drafter = team.drafter.client;
    debateId = team.debate.id;
  });
  afterAll(() => server.stop({ removeData: true }));

  it('previews a concept note without saving, then applies the reviewed version in one step', async () => {
    const preview = await organizer.upload<{ preview: Preview }>(
      `/api/debates/${debateId}/concept-note/preview`,
      sampleBytes('conceptNote'),
      'S-2021-xxx concept note.txt',
    );
    expect(preview.status).toBe(200);
    const { note } = preview.body.preview;
    expect(note.discussionPoints.map((p) => p.label)).toEqual([
      '12(a)',
      '12(b)',
      '12(c)',
      '12(d)',
      '12(e)',
    ]);
    expect(note.objectives.map((p) => p.label)).toEqual(['11(a)', '11(b)', '11(c)', '11(d)']);
    expect(note).toMatchObject({ presidency: 'Viet Nam', meetingDate: '2021-04-19' });
    expect(
      (await drafter.get<{ discussionPoints: unknown[] }>(`/api/debates/${debateId}/points`)).body
        .discussionPoints,
    ).toEqual([]);

    // The organizer corrects a point before confirming.
    const points = note.discussionPoints.map((p, i) =>
      i === 0 ? { ...p, text: `${p.text} (edited)` } : p,
    );
    const confirmed = await organizer.post(`/api/debates/${debateId}/concept-note`, {
      fileName: preview.body.preview.fileName,
      format: preview.body.preview.format,
      text: preview.body.preview.text,
      symbol: note.symbol,
      fields: {
        theme: note.theme ?? 'Untitled debate',
        presidency: note.presidency,
        meetingDate: note.meetingDate,
        format: note.format,
        speakingLimitMinutes: note.speakingLimitMinutes,
        submissionEmail: note.submission.email,
        submissionDeadline: note.submission.deadline,
        expectedOutcome: note.expectedOutcome,
      },
      objectives: note.objectives,
      discussionPoints: points,
    });
    expect(confirmed.status).toBe(200);
    const saved = await drafter.get<{ discussionPoints: { label: string; text: string }[] }>(
      `/api/debates/${debateId}/points`,
    );
    expect(saved.body.discussionPoints.map((p) => p.label)).toEqual([
      '12(a)',
      '12(b)',
      '12(c)',
      '12(d)',
      '12(e)',
    ]);
    expect(saved.body.discussionPoints[0]!.text).toMatch(/\(edited\)$/);
    const { body } = await drafter.get<{ debate: { presidency: string; submissionEmail: string } }>(
      `/api/debates/${debateId}`,
    );
    expect(body.debate).toMatchObject({
      presidency: 'Viet Nam',
      submissionEmail: note.submission.email,
    });
  });

  it('stores the convener of a meeting the Council presidency does not convene', async () => {
    const preview = await organizer.upload<{ preview: Preview & { note: { convener: string } } }>(
      `/api/debates/${debateId}/concept-note/preview`,
      new TextEncoder().encode(
        [
          'Concept note: Arria-formula meeting on climate change and displacement in the Sahel',
          'Date: 12 February 2027, 10 a.m.',
          'Co-organizers: Estonia and Niger',
          'Guiding questions',
          '1. What drives displacement in the Sahel?',
          '2. How can the Council support regional responses?',
        ].join('\n\n'),
      ),
      'arria.txt',
    );
    expect(preview.status).toBe(200);
    const { note } = preview.body.preview;
    expect(note).toMatchObject({ presidency: null, convener: 'Estonia and Niger' });
    const confirmed = await organizer.post(`/api/debates/${debateId}/concept-note`, {
      fileName: 'arria.txt',
      format: preview.body.preview.format,
      text: preview.body.preview.text,
      symbol: null,
      fields: {
        theme: note.theme ?? 'Untitled debate',
        presidency: null,
        convener: note.convener,
        format: note.format,
      },
      objectives: [],
      discussionPoints: note.discussionPoints,
    });
    expect(confirmed.status).toBe(200);
    const { body } = await drafter.get<{ debate: { presidency: null; convener: string } }>(
      `/api/debates/${debateId}`,
    );
    expect(body.debate).toMatchObject({ presidency: null, convener: 'Estonia and Niger' });
  });

  it('reads a refused file as a concept note when the organizer asks, every field to check', async () => {
    const pressRelease = new TextEncoder().encode(
      [
        '9 February 2027',
        'Council Hears Calls for Reform in Open Debate',
        'The Security Council must work in ways the membership can trust, speakers said today as the Council held its annual open debate on working methods.',
      ].join('\n\n'),
    );
    const path = `/api/debates/${debateId}/concept-note/preview`;
    const pointsPath = `/api/debates/${debateId}/points`;
    const before = (await organizer.get<unknown>(pointsPath)).body;
    const refused = await organizer.upload<ErrorBody>(path, pressRelease, 'release.txt');
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('document.no_structure');

    const asked = await organizer.upload<{
      preview: Preview & { note: { notice: string; confidence: Record<string, number> } };
    }>(`${path}?as=concept-note`, pressRelease, 'release.txt');
    expect(asked.status).toBe(200);
    const { note } = asked.body.preview;
    expect(note.notice).toContain('it was read as one because you asked');
    expect(Object.values(note.confidence).every((level) => level < 0.6)).toBe(true);

    // Before any debate exists too; a report is read as a note the same way.
    const report = await organizer.upload<{ preview: Preview }>(
      '/api/concept-notes/preview?as=concept-note',
      sampleBytes('report2011'),
      'report.txt',
    );
    expect(report.status).toBe(200);
    // Nothing of a note's fields: still refused, and saying so.
    const nothing = await organizer.upload<ErrorBody>(
      `${path}?as=concept-note`,
      new TextEncoder().encode('Shopping list\n\nMilk, bread and eggs.'),
      'list.txt',
    );
    expect(nothing.status).toBe(422);
    expect(nothing.body.error.message).toMatch(/^Even read as a concept note/);
    // Any other value of `as` is a named validation error, not a silent default.
    const wrong = await organizer.upload<ErrorBody>(`${path}?as=report`, pressRelease, 'r.txt');
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.message).toMatch(/as/);
    // Nothing was stored by any of these previews.
    expect((await organizer.get<unknown>(pointsPath)).body).toEqual(before);
  });

  it('refuses a confirmation with duplicate labels, naming the field, and changes nothing', async () => {
    const response = await organizer.post<ErrorBody>(`/api/debates/${debateId}/concept-note`, {
      fileName: 'x.txt',
      format: 'text',
      text: 'x',
      symbol: null,
      fields: { theme: 'Changed theme' },
      objectives: [],
      discussionPoints: [
        { label: '1', text: 'One' },
        { label: '1', text: 'Again' },
      ],
    });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('discussionPoints');
    const { body } = await drafter.get<{ debate: { theme: string } }>(`/api/debates/${debateId}`);
    expect(body.debate.theme).not.toBe('Changed theme');
  });

  it('adds a report to the library by numbered paragraphs and finds it by ranked search', async () => {
    const upload = await drafter.upload<{
      reference: { id: string; paragraphCount: number; title: string };
    }>(
      `/api/debates/${debateId}/references`,
      sampleBytes('report2011'),
      'Preventive diplomacy.txt',
    );
    expect(upload.status).toBe(201);
    expect(upload.body.reference.paragraphCount).toBe(72);
    const { body } = await drafter.get<{
      hits: { number: number; citation: string; snippet: { text: string; match: boolean }[] }[];
    }>(
      `/api/debates/${debateId}/references/search?q=${encodeURIComponent('preventive diplomacy')}`,
    );
    expect(body.hits.length).toBeGreaterThan(3);
    expect(body.hits[0]!.citation).toMatch(/, para\. \d+$/);
    expect(
      body.hits[0]!.snippet.some((part) => part.match && /^preventive$/i.test(part.text)),
    ).toBe(true);
    const document = await drafter.get<{ reference: { paragraphs: { number: number }[] } }>(
      `/api/references/${upload.body.reference.id}`,
    );
    const corrected = await drafter.patch<{ reference: { symbol: string } }>(
      `/api/references/${upload.body.reference.id}`,
      {
        symbol: 'S/2011/552',
      },
    );
    expect(corrected.body.reference.symbol).toBe('S/2011/552');
    const cited = await drafter.get<{ hits: { citation: string }[] }>(
      `/api/debates/${debateId}/references/search?q=${encodeURIComponent('preventive diplomacy')}`,
    );
    expect(cited.body.hits[0]!.citation).toMatch(/^S\/2011\/552, para\. \d+$/);
    // Without a symbol, a long title is cut short in the citation.
    await drafter.patch(`/api/references/${upload.body.reference.id}`, {
      symbol: null,
      title:
        'Preventive diplomacy: Delivering results. Report of the Secretary-General to the Council',
    });
    const untitled = await drafter.get<{ hits: { citation: string }[] }>(
      `/api/debates/${debateId}/references/search?q=${encodeURIComponent('preventive diplomacy')}`,
    );
    expect(untitled.body.hits[0]!.citation).toMatch(
      /^Preventive diplomacy: Delivering results…, para\. \d+$/,
    );
    expect(document.body.reference.paragraphs.map((p) => p.number)).toEqual(
      Array.from({ length: 72 }, (_, i) => i + 1),
    );
  });

  it.each([
    ['an empty file', new Uint8Array(), 'empty.pdf', 422, 'document.empty'],
    [
      'a PNG renamed .pdf',
      Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13),
      'picture.pdf',
      422,
      'document.unsupported_type',
    ],
    ['a corrupt DOCX', corruptDocx(), 'statement.docx', 422, 'document.corrupt'],
    [
      'a text with no recognizable structure',
      sampleBytes('article'),
      'article.txt',
      422,
      'document.no_structure',
    ],
    [
      'a concept note sent to the library',
      sampleBytes('conceptNote'),
      'note.txt',
      422,
      'document.not_report',
    ],
    ['a 25 MB upload', new Uint8Array(25 * 1024 * 1024), 'huge.pdf', 413, 'request.too_large'],
  ])(
    'refuses %s with a clear message and imports nothing',
    async (_name, bytes, fileName, status, code) => {
      const before = (
        await drafter.get<{ references: unknown[] }>(`/api/debates/${debateId}/references`)
      ).body.references.length;
      const response = await drafter.upload<ErrorBody>(
        `/api/debates/${debateId}/references`,
        bytes,
        fileName,
      );
      expect(response.status).toBe(status);
      expect(response.body.error.code).toBe(code);
      expect(response.body.error.message.length).toBeGreaterThan(20);
      const after = (
        await drafter.get<{ references: unknown[] }>(`/api/debates/${debateId}/references`)
      ).body.references.length;
      expect(after).toBe(before);
      expect((await drafter.get('/api/health')).status).toBe(200);
    },
  );
});
