import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode } from '../closeCodes.js';
import type { Connection } from '../Connection.js';
import { AmendmentAttribution, type Attribution } from './AmendmentAttribution.js';

const KEYS = ['suggestionInsert', 'suggestionDelete'];
const people: Record<string, Attribution> = {
  nguyen: { userId: 'nguyen', delegationIds: ['vn'] },
  aicha: { userId: 'aicha', delegationIds: ['ne'] },
};
const connection = (userId: string): Connection => ({
  id: userId,
  readOnly: false,
  send: () => undefined,
  close: () => undefined,
});
const check = new AmendmentAttribution(KEYS, (c) => people[c.id]);
const mark = (authorId: string, delegationId: string) => ({
  id: `sug-${authorId}`,
  authorId,
  delegationId,
  createdAt: '2026-12-04T10:00:00.000Z',
});

/** The room's document, with Aïcha's (Niger's) suggested deletion in it. */
function roomWithNigersMark(): Y.Doc {
  const doc = new Y.Doc();
  const paragraph = new Y.XmlElement('paragraph');
  const text = new Y.XmlText('Requests a report within six months;');
  paragraph.insert(0, [text]);
  doc.getXmlFragment('content').insert(0, [paragraph]);
  text.format(0, 8, { suggestionDelete: mark('aicha', 'ne') });
  return doc;
}

/** A copy of the document, changed by a client, and the update that change makes. */
function changeOf(doc: Y.Doc, change: (text: Y.XmlText) => void): Uint8Array {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateVector(copy);
  change((copy.getXmlFragment('content').get(0) as Y.XmlElement).get(0) as Y.XmlText);
  return Y.encodeStateAsUpdate(copy, before);
}

describe('AmendmentAttribution', () => {
  it('refuses a mark set in another person’s or delegation’s name', () => {
    const doc = roomWithNigersMark();
    const forged = changeOf(doc, (text) =>
      text.format(9, 6, { suggestionInsert: mark('aicha', 'ne') }),
    );
    expect(check.admit(forged, doc, connection('nguyen'))?.code).toBe(CloseCode.AmendmentNotOwn);
    const otherDelegation = changeOf(doc, (text) =>
      text.format(9, 6, { suggestionInsert: mark('nguyen', 'ne') }),
    );
    expect(check.admit(otherDelegation, doc, connection('nguyen'))?.code).toBe(
      CloseCode.AmendmentNotOwn,
    );
  });

  it('admits an own mark, and a copy of the document with everyone’s marks resent', () => {
    const doc = roomWithNigersMark();
    const own = changeOf(doc, (text) =>
      text.format(9, 6, { suggestionInsert: mark('nguyen', 'vn') }),
    );
    expect(check.admit(own, doc, connection('nguyen'))).toBeUndefined();
    // A reloaded tab sends its whole offline copy: Niger's mark is in it, but not new.
    const offlineCopy = Y.encodeStateAsUpdate(doc);
    expect(check.admit(offlineCopy, doc, connection('nguyen'))).toBeUndefined();
    // The same copy with a new mark in Niger's name is still refused.
    const copyWithForgery = Y.mergeUpdates([
      offlineCopy,
      changeOf(doc, (text) => text.format(9, 6, { suggestionInsert: mark('aicha', 'ne') })),
    ]);
    expect(check.admit(copyWithForgery, doc, connection('nguyen'))?.code).toBe(
      CloseCode.AmendmentNotOwn,
    );
  });
});
