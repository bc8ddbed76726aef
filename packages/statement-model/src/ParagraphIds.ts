// A stable id on a paragraph of an outcome document, so its status (agreed, bracketed) stays
// with it when paragraphs are added, removed or moved. The server gives it when a status is
// first marked; it is not copied when a paragraph is split or pasted, so ids stay unique.
import { Extension } from '@tiptap/core';

export const PARAGRAPH_ID = 'paragraphId';
export const PARAGRAPH_ID_TYPES = ['paragraph', 'heading'];

export const ParagraphIds = Extension.create({
  name: 'paragraphIds',
  addGlobalAttributes() {
    return [
      {
        types: PARAGRAPH_ID_TYPES,
        attributes: {
          [PARAGRAPH_ID]: {
            default: null,
            keepOnSplit: false,
            rendered: false,
            parseHTML: () => null,
          },
        },
      },
    ];
  },
});
