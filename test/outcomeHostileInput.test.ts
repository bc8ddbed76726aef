// Hostile input to the outcome document's routes (positions, decisions, paragraph status,
// silence and exports): each is refused with its named error and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeDebate,
  makeDelegation,
  makeMember,
  makeNegotiation,
  setupAdmin,
} from './support/factories.js';
import type { ApiClient } from './support/http.js';
import { startTestServer, type TestServer } from './support/testServer.js';

interface ErrorBody {
  error?: { code: string };
}
type Member = { client: ApiClient; userId: string };
/** Who sends it, how, where, what; the status and error code expected. */
type Case = [Member, 'GET' | 'POST' | 'PUT', string, unknown, number, string];

const HOUR = 60 * 60 * 1000;
const TWO_MB = 'x'.repeat(2_000_000);
const TOO_LONG_ID = 'a'.repeat(65);
/** Reaches the route (a bare `../x` would be resolved away by the URL) and is no id. */
const MALFORMED_ID = encodeURIComponent('../x');

describe('hostile input to the outcome document', () => {
  let server: TestServer;
  let debateId: string;
  const ids = { vn: '', ee: '', ne: '', elsewhere: '' };
  let pen: Member; // drafter of Viet Nam, the penholder
  let estonia: Member;
  let estoniaReviewer: Member;
  let niger: Member;
  let outsider: Member;
  let amendmentId: string;
  const base = () => `/api/debates/${debateId}/outcome`;

  /** Everything the routes could change, as the penholder sees it. */
  const state = async () => (await pen.client.get(base())).body;

  /** Sends every case, checks each answer, and that the outcome is as it was. */
  async function refuseAll(cases: Case[]): Promise<void> {
    const before = await state();
    const answers = [];
    for (const [member, method, path, body] of cases) {
      const answer = await member.client.request<ErrorBody>(method, path, body);
      answers.push([method, path, answer.status, answer.body.error?.code]);
    }
    expect(answers).toEqual(
      cases.map(([, method, path, , status, code]) => [method, path, status, code]),
    );
    expect(await state()).toEqual(before);
  }

  beforeAll(async () => {
    server = await startTestServer();
    const admin = await setupAdmin(server.url);
    const world = await makeNegotiation(admin);
    ({ debateId, pen, estonia, niger } = world);
    Object.assign(ids, world.ids);
    estoniaReviewer = await makeMember(admin, debateId, 'reviewer', ids.ee);
    const other = await makeDebate(admin, 'Another debate');
    ids.elsewhere = (await makeDelegation(admin, other.id, 'Kenya')).id;
    outsider = await makeMember(admin, other.id, 'drafter', ids.elsewhere);
    await world.organizer.client.expect(201, 'POST', base(), {
      kind: 'resolution',
      penholderDelegationId: ids.vn,
      paragraphs: ['Recalling its resolutions,', 'Calls for preventive diplomacy;'],
    });
    const { amendment } = await niger.client.expect<{ amendment: { id: string } }>(
      201,
      'POST',
      `${base()}/amendments`,
      {
        delegationId: ids.ne,
        paragraph: 2,
        action: 'replace',
        proposedText: 'Calls for mediation;',
        justification: 'Mediation is what the concept note asks about.',
      },
    );
    amendmentId = amendment.id;
    await pen.client.expect(201, 'POST', `${base()}/revisions`);
  }, 120_000);
  afterAll(() => server.stop({ removeData: true }));

  it('refuses hostile positions on an amendment', async () => {
    const at = (id: string) => `/api/amendments/${id}/positions`;
    const support = { delegationId: ids.ee, stance: 'support', comment: '' };
    await refuseAll([
      [estonia, 'POST', at(MALFORMED_ID), support, 400, 'request.invalid'],
      [estonia, 'POST', at(TOO_LONG_ID), support, 400, 'request.invalid'],
      [estonia, 'POST', at('nosuchamendment'), support, 404, 'amendment.not_found'],
      [outsider, 'POST', at(amendmentId), support, 404, 'amendment.not_found'],
      [estonia, 'POST', at(amendmentId), { ...support, stance: 'maybe' }, 400, 'request.invalid'],
      [
        estonia,
        'POST',
        at(amendmentId),
        { ...support, comment: 'x'.repeat(1001) },
        400,
        'request.invalid',
      ],
      [estonia, 'POST', at(amendmentId), { ...support, extra: 1 }, 400, 'request.invalid'],
      [
        estonia,
        'POST',
        at(amendmentId),
        { ...support, delegationId: '../x' },
        400,
        'request.invalid',
      ],
      [
        estonia,
        'POST',
        at(amendmentId),
        { ...support, delegationId: ids.elsewhere },
        422,
        'delegation.not_in_debate',
      ],
      // In the name of a delegation the sender does not belong to, or of the proposer itself.
      [
        estonia,
        'POST',
        at(amendmentId),
        { ...support, delegationId: ids.vn },
        403,
        'auth.forbidden',
      ],
      [niger, 'POST', at(amendmentId), { ...support, delegationId: ids.ne }, 409, 'amendment.own'],
      [estonia, 'POST', at(amendmentId), { ...support, comment: TWO_MB }, 413, 'request.too_large'],
    ]);
    // A reviewer may take a position: the control case, so the refusals above are not vacuous.
    await estoniaReviewer.client.expect(200, 'POST', at(amendmentId), support);
  });

  it('refuses hostile decisions', async () => {
    const at = (id: string) => `/api/amendments/${id}/decision`;
    await refuseAll([
      [pen, 'POST', at(MALFORMED_ID), { decision: 'accept' }, 400, 'request.invalid'],
      [pen, 'POST', at(TOO_LONG_ID), { decision: 'accept' }, 400, 'request.invalid'],
      [pen, 'POST', at('nosuchamendment'), { decision: 'accept' }, 404, 'amendment.not_found'],
      [pen, 'POST', at(amendmentId), { decision: 'maybe' }, 400, 'request.invalid'],
      [pen, 'POST', at(amendmentId), { decision: 'accept', text: '' }, 400, 'request.invalid'],
      [
        pen,
        'POST',
        at(amendmentId),
        { decision: 'accept', text: 'x'.repeat(5001) },
        400,
        'request.invalid',
      ],
      [pen, 'POST', at(amendmentId), { decision: 'accept', extra: 1 }, 400, 'request.invalid'],
      [
        pen,
        'POST',
        at(amendmentId),
        { decision: 'accept', text: TWO_MB },
        413,
        'request.too_large',
      ],
      // Only the penholder decides: not the proposer, another delegation, or an outsider.
      [niger, 'POST', at(amendmentId), { decision: 'accept' }, 403, 'auth.forbidden'],
      [estoniaReviewer, 'POST', at(amendmentId), { decision: 'reject' }, 403, 'auth.forbidden'],
      [outsider, 'POST', at(amendmentId), { decision: 'accept' }, 404, 'amendment.not_found'],
    ]);
  });

  it('refuses hostile paragraph status', async () => {
    const at = (n: string | number) => `${base()}/paragraphs/${n}`;
    await refuseAll([
      [pen, 'PUT', at(0), { status: 'agreed' }, 400, 'request.invalid'],
      [pen, 'PUT', at(1001), { status: 'agreed' }, 400, 'request.invalid'],
      [pen, 'PUT', at('one'), { status: 'agreed' }, 400, 'request.invalid'],
      [pen, 'PUT', at(1.5), { status: 'agreed' }, 400, 'request.invalid'],
      [pen, 'PUT', at(9), { status: 'agreed' }, 404, 'paragraph.not_found'],
      [pen, 'PUT', at(1), { status: 'settled' }, 400, 'request.invalid'],
      [pen, 'PUT', at(1), { status: 'agreed', extra: 1 }, 400, 'request.invalid'],
      [pen, 'PUT', at(1), { status: 'bracketed', holders: ['../x'] }, 400, 'request.invalid'],
      [
        pen,
        'PUT',
        at(1),
        { status: 'bracketed', holders: Array.from({ length: 201 }, () => ids.ee) },
        400,
        'request.invalid',
      ],
      [
        pen,
        'PUT',
        at(1),
        { status: 'bracketed', holders: [ids.ee, ids.elsewhere] },
        422,
        'delegation.not_in_debate',
      ],
      [pen, 'PUT', at(1), { status: 'agreed', holders: [TWO_MB] }, 413, 'request.too_large'],
      [estonia, 'PUT', at(1), { status: 'agreed' }, 403, 'auth.forbidden'],
      [outsider, 'PUT', at(1), { status: 'agreed' }, 404, 'outcome.not_found'],
    ]);
  });

  it('refuses hostile exports', async () => {
    const at = (query: string) => `${base()}/export?${query}`;
    await refuseAll([
      [estonia, 'GET', at('what=everything'), undefined, 400, 'request.invalid'],
      [estonia, 'GET', at('format=exe'), undefined, 400, 'request.invalid'],
      [estonia, 'GET', at('revision=../x'), undefined, 400, 'request.invalid'],
      [estonia, 'GET', at(`revision=${TOO_LONG_ID}`), undefined, 400, 'request.invalid'],
      [estonia, 'GET', at('revision=nosuchrevision'), undefined, 404, 'revision.not_found'],
      [estonia, 'GET', at('extra=1'), undefined, 400, 'request.invalid'],
      [estonia, 'GET', at('what=compilation&format=pdf'), undefined, 422, 'export.format'],
      [outsider, 'GET', at('what=revision'), undefined, 404, 'outcome.not_found'],
    ]);
  });

  it('refuses hostile silence, and hostile breaks of it', async () => {
    const later = new Date(Date.now() + 24 * HOUR).toISOString();
    await refuseAll([
      [pen, 'POST', `${base()}/silence`, { deadline: 'tomorrow' }, 400, 'request.invalid'],
      [pen, 'POST', `${base()}/silence`, {}, 400, 'request.invalid'],
      [pen, 'POST', `${base()}/silence`, { deadline: later, extra: 1 }, 400, 'request.invalid'],
      [
        pen,
        'POST',
        `${base()}/silence`,
        { deadline: new Date(Date.now() - HOUR).toISOString() },
        422,
        'silence.deadline_past',
      ],
      [pen, 'POST', `${base()}/silence`, { deadline: TWO_MB }, 413, 'request.too_large'],
      [estonia, 'POST', `${base()}/silence`, { deadline: later }, 403, 'auth.forbidden'],
      [outsider, 'POST', `${base()}/silence`, { deadline: later }, 404, 'outcome.not_found'],
    ]);
    await pen.client.expect(200, 'POST', `${base()}/silence`, { deadline: later });
    const breakAt = `${base()}/silence/break`;
    const reason = { delegationId: ids.ee, reason: 'Paragraph 1 is still bracketed.' };
    await refuseAll([
      [estonia, 'POST', breakAt, { ...reason, reason: '' }, 400, 'request.invalid'],
      [estonia, 'POST', breakAt, { ...reason, reason: 'x'.repeat(1001) }, 400, 'request.invalid'],
      [estonia, 'POST', breakAt, { ...reason, extra: 1 }, 400, 'request.invalid'],
      [estonia, 'POST', breakAt, { ...reason, delegationId: '../x' }, 400, 'request.invalid'],
      [
        estonia,
        'POST',
        breakAt,
        { ...reason, delegationId: ids.elsewhere },
        422,
        'delegation.not_in_debate',
      ],
      [estonia, 'POST', breakAt, { ...reason, reason: TWO_MB }, 413, 'request.too_large'],
      // Another delegation's name, the penholder's own silence, a reviewer, an outsider.
      [estonia, 'POST', breakAt, { ...reason, delegationId: ids.ne }, 403, 'auth.forbidden'],
      [pen, 'POST', breakAt, { ...reason, delegationId: ids.vn }, 403, 'auth.forbidden'],
      [estoniaReviewer, 'POST', breakAt, reason, 403, 'auth.forbidden'],
      [outsider, 'POST', breakAt, reason, 404, 'outcome.not_found'],
      // Under silence the text and its amendments do not change.
      [
        pen,
        'POST',
        `/api/amendments/${amendmentId}/decision`,
        { decision: 'accept' },
        409,
        'outcome.under_silence',
      ],
      [
        estonia,
        'POST',
        `/api/amendments/${amendmentId}/positions`,
        { delegationId: ids.ee, stance: 'object', comment: '' },
        409,
        'outcome.under_silence',
      ],
    ]);
  });
});
