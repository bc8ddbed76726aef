// Writes the outcome-document examples: a zero draft of a draft resolution, Rev. 1 in UN
// layout and as a redline against the zero draft (DOCX with tracked changes, and PDF), and the
// compilation of amendments that led from one to the other:
//   node --conditions=source --import tsx packages/export/scripts/renderOutcomeExamples.ts OUT_DIR
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  renderAmendmentsDocx,
  renderOutcomeDocx,
  renderOutcomePdf,
  type OutcomeRevisionExport,
} from '../src/index.js';

const out = resolve(process.argv[2] ?? 'outcome-examples');
mkdirSync(out, { recursive: true });

const ZERO = [
  'Recalling its resolutions and the statements of its President on the maintenance of international peace and security,',
  'Deeply concerned by the number and duration of armed conflicts,',
  'Calls upon Member States to make full use of preventive diplomacy;',
  'Requests the Secretary-General to report to the Council within six months;',
  'Decides to remain seized of the matter.',
];
const REV1 = [
  ZERO[0]!,
  ZERO[1]!,
  'Calls upon Member States to make full use of preventive diplomacy and mediation, including by regional and subregional organizations;',
  'Requests the Secretary-General to report to the Council within six months;',
  'Encourages the participation of women and youth in peace processes;',
  'Decides to remain seized of the matter.',
];

const base = {
  kind: 'resolution' as const,
  title: 'Draft resolution',
  body: 'Security Council',
  theme: 'Maintenance of international peace and security: conflict prevention',
  penholder: 'Viet Nam',
  adopted: false,
};
const zero: OutcomeRevisionExport = {
  ...base,
  revisionName: 'Zero draft',
  circulatedAt: '2021-04-12T09:00:00Z',
  paragraphs: ZERO,
};
const rev1: OutcomeRevisionExport = {
  ...base,
  revisionName: 'Rev. 1',
  circulatedAt: '2021-04-15T09:00:00Z',
  paragraphs: REV1,
};
// As the server's word diff gives it (written out here: the export package has no diff).
const equal = (text: string) => ({ kind: 'equal' as const, text });
const parts = [
  equal(
    `${ZERO[0]}\n\n${ZERO[1]}\n\nCalls upon Member States to make full use of preventive diplomacy`,
  ),
  { kind: 'delete' as const, text: ';' },
  {
    kind: 'insert' as const,
    text: ' and mediation, including by regional and subregional organizations;',
  },
  equal(`\n\n${ZERO[3]}\n\n`),
  { kind: 'insert' as const, text: `${REV1[4]}\n\n` },
  equal(ZERO[4]!),
];
const redline = { ...rev1, redline: { previousName: 'Zero draft', parts } };

const write = (name: string, data: Uint8Array) => {
  writeFileSync(join(out, name), data);
  process.stdout.write(`${join(out, name)}\n`);
};

write('Draft-resolution-zero-draft.docx', await renderOutcomeDocx(zero));
write('Draft-resolution-zero-draft.pdf', await renderOutcomePdf(zero));
write('Draft-resolution-Rev1.docx', await renderOutcomeDocx(rev1));
write('Draft-resolution-Rev1.pdf', await renderOutcomePdf(rev1));
write('Draft-resolution-Rev1-redline.docx', await renderOutcomeDocx(redline));
write('Draft-resolution-Rev1-redline.pdf', await renderOutcomePdf(redline));
write(
  'Draft-resolution-compilation-of-amendments.docx',
  await renderAmendmentsDocx({
    title: 'Draft resolution',
    theme: base.theme,
    penholder: 'Viet Nam',
    rows: [
      {
        paragraph: 3,
        action: 'replace',
        proposedText:
          'Calls upon Member States to make full use of preventive diplomacy and mediation;',
        justification: 'Mediation is what the concept note asks about.',
        proposer: 'Estonia',
        supporters: ['Niger', 'Kenya'],
        objections: [],
        decision:
          'Accepted as reformulated: “Calls upon Member States to make full use of preventive diplomacy and mediation, including by regional and subregional organizations;”',
      },
      {
        paragraph: 4,
        action: 'replace',
        proposedText:
          'Requests the Secretary-General to report to the Council within three months;',
        justification: 'Six months is too long.',
        proposer: 'Niger',
        supporters: [],
        objections: ['Estonia (the report needs time)'],
        decision: 'Rejected',
      },
      {
        paragraph: 4,
        action: 'insert_after',
        proposedText: 'Encourages the participation of women and youth in peace processes;',
        justification: 'Resolutions 1325 (2000) and 2250 (2015).',
        proposer: 'Kenya',
        supporters: ['Estonia'],
        objections: [],
        decision: 'Accepted',
      },
    ],
  }),
);
