// The clearance workflow's dialogs: the readiness checks before sending for review or
// submitting, the confirmation of a status change, and words that missed the submission.
// Apart from messages/workflow.ts so that they load when a status change asks.
import { defineMessages } from '../catalogue';

export const t = defineMessages('workflowDialogs', {
  readiness: {
    title_submit: 'Before submitting',
    title_review: 'Before sending it for review',
    blocked: 'This statement cannot move on yet:',
    check: 'Please check before going on:',
    close: 'Close',
    goBack: 'Go back to the text',
    continue_send_for_review: 'Send for review anyway',
    continue_submit: 'Continue to submit',
    continue: 'Continue',
  },
  warnings: {
    overLimit: 'It runs {{time}}: {{over}} over the {{minutes}}-minute speaking limit{{strict}}.',
    strict: ', which the organizer made a rule for this debate',
    unaddressed_one: '{{count}} discussion point is not addressed: {{labels}}.',
    unaddressed_other: '{{count}} discussion points are not addressed: {{labels}}.',
    openThreads_one: '{{count}} comment thread is still open.',
    openThreads_other: '{{count}} comment threads are still open.',
    emptySections_one: '{{count}} template section is still empty ({{labels}}).',
    emptySections_other: '{{count}} template sections are still empty ({{labels}}).',
    openSuggestions_one:
      '{{count}} suggestion is still open: they stay as they are, and the text as it stands leaves them out until a drafter accepts them.',
    openSuggestions_other:
      '{{count}} suggestions are still open: they stay as they are, and the text as it stands leaves them out until a drafter accepts them.',
    point: 'point {{label}}',
    seconds: '{{seconds}} s',
    minutes: '{{minutes}} min',
    minutesSeconds: '{{minutes}} min {{seconds}} s',
  },
  transition: {
    title_submit: 'Submit this statement?',
    title_reopen: 'Reopen this statement?',
    title_send_back: 'Send the statement back to the drafters?',
    commentMissing: 'Say what needs to change, so the drafters know what to do.',
    commentLabel: 'What needs to change?',
    cancel: 'Cancel',
    working: 'Working…',
    confirm_submit: 'Submit revision {{revision}}',
    confirm_reopen: 'Reopen as revision {{revision}}',
    confirm_send_back: 'Send back',
    submit:
      'Revision {{revision}} will be recorded as submitted and {{frozen}}: nobody, you included, can change its text afterwards. A drafter can reopen it later to work on revision {{next}}.',
    frozen: 'frozen',
    expected:
      'The organizers expect statements at {{email}}{{deadline}}. Export › Submission pack prepares the e-mail.',
    by: ' by {{deadline}}',
    reopen:
      'Submitted revision {{revision}} stays on record exactly as it was. Reopening starts revision {{next}} as a draft, which needs review and clearance again before it can be submitted.',
    sendBack:
      'The statement returns to draft. Your comment is kept in the statement’s history, where the drafters read it.',
  },
  submittedText: {
    title: 'Some changes on this device are not in the submitted text',
    body: 'The statement was submitted before they reached the server, so they were not included. The text below still shows them; they are kept on this device, and take part again if a drafter reopens the statement.',
    show: 'Show the submitted text',
  },
});
