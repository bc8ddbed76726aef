import { describe, expect, it } from 'vitest';
import { makeDebate, makeStatement, SAMPLE_THEME } from '../fixtures/makeStatement.js';
import { renderSubmissionEmail } from './renderSubmissionEmail.js';

describe('renderSubmissionEmail', () => {
  it('addresses the debate, with a UN-style subject and the deadline', () => {
    const email = renderSubmissionEmail(makeStatement({ speaker: 'H.E. Mr. Đặng Đình Quý' }));
    expect(email.to).toBe('dppa-scsb3@un.org');
    expect(email.subject).toBe(
      `Viet Nam — statement for the Security Council open debate on “${SAMPLE_THEME}”, 19 April 2021`,
    );
    expect(email.body).toBe(`Dear colleagues,

Please find attached the statement of Viet Nam for the Security Council open debate on “${SAMPLE_THEME}” (19 April 2021), as a Word document (Viet-Nam-statement-2021-04-19.docx).

The statement will be delivered by H.E. Mr. Đặng Đình Quý.

Reminder: the deadline for written statements indicated in the concept note is 19 April 2021.

With best regards,

The delegation of Viet Nam
`);
  });

  it('invents neither a deadline, an address nor a date', () => {
    const debate = makeDebate({
      submissionDeadline: null,
      submissionEmail: null,
      meetingDate: null,
    });
    const email = renderSubmissionEmail(makeStatement({ debate }));
    expect(email.to).toBeNull();
    expect(email.body).not.toMatch(/deadline|reminder/i);
    expect(email.subject).toBe(
      `Viet Nam — statement for the Security Council open debate on “${SAMPLE_THEME}”`,
    );
    expect(email.body).toContain('Viet-Nam-statement.docx');
  });

  it('words a joint statement and takes the attachment name it is given', () => {
    const statement = makeStatement({
      delegations: ['Brazil', 'Côte d’Ivoire', 'Türkiye'],
      debate: makeDebate({ theme: 'Peace', submissionDeadline: '2021-04-12T18:00' }),
    });
    const email = renderSubmissionEmail(statement, { attachmentName: 'joint.docx' });
    expect(email.subject).toBe(
      'Brazil, Côte d’Ivoire and Türkiye — joint statement for the Security Council open debate on “Peace”, 19 April 2021',
    );
    expect(email.body).toContain('the joint statement of Brazil, Côte d’Ivoire and Türkiye');
    expect(email.body).toContain('(joint.docx)');
    expect(email.body).toContain('is 12 April 2021, 18:00.');
    expect(email.body).toContain('The delegations of Brazil, Côte d’Ivoire and Türkiye');
  });
});
