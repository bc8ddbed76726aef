// Which discussion points (e.g. "12(a)") a paragraph or heading addresses. A block attribute
// in the Yjs document, so tags travel with the text and merge like any other change.
import { Extension } from '@tiptap/core';

export const POINTS_ATTRIBUTE = 'points';

/** Reads the attribute defensively: documents from older versions may hold anything. */
export function pointsOf(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (label): label is string => typeof label === 'string' && label.length > 0 && label.length <= 20,
  );
}

export const DiscussionPointTags = Extension.create({
  name: 'discussionPointTags',
  addGlobalAttributes() {
    return [
      {
        types: ['paragraph', 'heading'],
        attributes: {
          [POINTS_ATTRIBUTE]: {
            default: [],
            keepOnSplit: true,
            // Structural type: this package is headless (no DOM lib).
            parseHTML: (element: { getAttribute(name: string): string | null }) =>
              (element.getAttribute('data-points') ?? '').split(' ').filter(Boolean),
            renderHTML: (attributes: Record<string, unknown>) => {
              const points = pointsOf(attributes[POINTS_ATTRIBUTE]);
              return points.length > 0 ? { 'data-points': points.join(' ') } : {};
            },
          },
        },
      },
    ];
  },
});
