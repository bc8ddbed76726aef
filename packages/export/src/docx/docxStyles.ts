import { AlignmentType, type IStylesOptions } from 'docx';

// The Word styles of an exported statement, after UN practice: Times New Roman 12 pt,
// black headings, no colour. Sizes are in half-points, spacing and indents in twips.

const FONT = 'Times New Roman';
const black = { font: FONT, color: '000000' };

const heading = (italics: boolean) => ({
  run: { ...black, size: 24, bold: true, italics },
  paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true },
});

export function docxStyles(): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONT, size: 24 },
        paragraph: { spacing: { after: 200, line: 276 } },
      },
      title: {
        run: { ...black, size: 32, bold: true },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } },
      },
      heading1: heading(false),
      heading2: heading(true),
      heading3: { ...heading(true), run: { ...black, size: 24, italics: true } },
      listParagraph: { paragraph: { spacing: { after: 120 } } },
      hyperlink: { run: { color: '0563C1', underline: {} } },
      footnoteText: { run: { font: FONT, size: 20 }, paragraph: { spacing: { after: 0 } } },
    },
    paragraphStyles: [
      {
        id: 'Subtitle',
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: FONT, bold: true },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 160 } },
      },
      {
        id: 'Date',
        name: 'Date',
        basedOn: 'Normal',
        next: 'Normal',
        run: { font: FONT },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 480 } },
      },
      {
        id: 'CheckAgainstDelivery',
        name: 'Check against delivery',
        basedOn: 'Normal',
        next: 'Title',
        quickFormat: true,
        run: { font: FONT, italics: true },
        paragraph: { alignment: AlignmentType.RIGHT, spacing: { after: 480 } },
      },
      {
        id: 'Quote',
        name: 'Quote',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: FONT, italics: true },
        paragraph: { indent: { left: 720, right: 720 } },
      },
      {
        id: 'LetterTitle',
        name: 'Letter title',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: FONT, bold: true, size: 28 },
        paragraph: { spacing: { before: 240, after: 360 }, indent: { right: 1134 } },
      },
      {
        id: 'SectionHeading',
        name: 'Section heading',
        basedOn: 'Normal',
        next: 'Normal',
        run: { font: FONT, bold: true },
        paragraph: { spacing: { before: 360, after: 200 }, keepNext: true },
      },
      {
        id: 'TOC1',
        name: 'toc 1',
        basedOn: 'Normal',
        next: 'Normal',
        run: { font: FONT },
        paragraph: { spacing: { after: 120 }, indent: { left: 1134, hanging: 1134 } },
      },
      {
        id: 'Signature',
        name: 'Signature',
        basedOn: 'Normal',
        run: { font: FONT },
        paragraph: { indent: { left: 4536 }, spacing: { before: 240 } },
      },
    ],
  };
}
