import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode } from '../closeCodes.js';
import type { Connection } from '../Connection.js';
import { SuggestionCheck, type SuggestionRules } from './SuggestionCheck.js';

const RULES: SuggestionRules = {
  fragment: 'content',
  insertKey: 'suggestionInsert',
  deleteKey: 'suggestionDelete',
};

function connection(userId: string, suggesting = true): Connection {
  return {
    id: userId,
    readOnly: false,
    suggesting,
    identity: { userId, name: userId, color: '#000000' },
    send: () => undefined,
    close: () => undefined,
  };
}

const mark = (authorId: string, id = `s-${authorId}`) => ({
  id,
  authorId,
  createdAt: '2026-12-04T10:00:00.000Z',
});

/** A room document and one client per person, kept in step as a room would. */
function room(paragraphs = ['We welcome the report.']) {
  const server = new Y.Doc();
  const fragment = server.getXmlFragment('content');
  for (const text of paragraphs) {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(text)]);
    fragment.insert(fragment.length, [paragraph]);
  }
  const check = new SuggestionCheck(RULES);
  const client = () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
    return doc;
  };
  /** Applies `change` on the person's copy; returns the refusal, if any. */
  const send = (doc: Y.Doc, who: Connection, change: (text: Y.XmlText, doc: Y.Doc) => void) => {
    const before = Y.encodeStateVector(doc);
    doc.transact(() => change(textOf(doc, 0), doc));
    const update = Y.encodeStateAsUpdate(doc, before);
    const refusal = check.admit(update, server, who);
    if (!refusal) Y.applyUpdate(server, update);
    return refusal;
  };
  return { server, client, send };
}

function textOf(doc: Y.Doc, index: number): Y.XmlText {
  const paragraph = doc.getXmlFragment('content').get(index) as Y.XmlElement;
  return paragraph.get(0) as Y.XmlText;
}

const reviewer = connection('rev');
const other = connection('other');

describe('SuggestionCheck: allowed', () => {
  it('lets a reviewer insert text marked as their own suggestion', () => {
    const { client, send, server } = room();
    expect(
      send(client(), reviewer, (t) => t.insert(3, 'warmly ', { suggestionInsert: mark('rev') })),
    ).toBeUndefined();
    expect(textOf(server, 0).toString()).toContain('warmly');
  });

  it('lets a reviewer mark text as their suggested deletion, and withdraw it', () => {
    const { client, send } = room();
    const doc = client();
    expect(
      send(doc, reviewer, (t) => t.format(3, 7, { suggestionDelete: mark('rev') })),
    ).toBeUndefined();
    expect(send(doc, reviewer, (t) => t.format(3, 7, { suggestionDelete: null }))).toBeUndefined();
  });

  it('lets a reviewer replace a word: deletion and insertion as one suggestion', () => {
    const { client, send } = room();
    const refusal = send(client(), reviewer, (t) => {
      t.format(3, 7, { suggestionDelete: mark('rev', 's1') });
      t.insert(10, 'note', { suggestionInsert: mark('rev', 's1') });
    });
    expect(refusal).toBeUndefined();
  });

  it('lets a reviewer remove their own suggested insertion', () => {
    const { client, send, server } = room();
    const doc = client();
    send(doc, reviewer, (t) => t.insert(3, 'warmly ', { suggestionInsert: mark('rev') }));
    expect(send(doc, reviewer, (t) => t.delete(3, 7))).toBeUndefined();
    expect(textOf(server, 0).toString()).toBe('We welcome the report.');
  });

  it('lets a reviewer add an empty paragraph and fill it with suggested text', () => {
    const { client, send } = room();
    const doc = client();
    const refusal = send(doc, reviewer, (_t, d) => {
      const paragraph = new Y.XmlElement('paragraph');
      const text = new Y.XmlText();
      paragraph.insert(0, [text]);
      d.getXmlFragment('content').insert(1, [paragraph]);
      text.insert(0, 'A new idea.', { suggestionInsert: mark('rev') });
    });
    expect(refusal).toBeUndefined();
  });

  it('leaves connections that are not suggesting to the other checks', () => {
    const { client, send } = room();
    expect(send(client(), connection('drafter', false), (t) => t.delete(0, 3))).toBeUndefined();
  });

  it('follows the room document: suggestions keep working after a drafter edits', () => {
    const { client, send, server } = room();
    const doc = client();
    send(doc, reviewer, (t) => t.insert(0, 'Indeed, ', { suggestionInsert: mark('rev') }));
    const drafter = client();
    Y.applyUpdate(drafter, Y.encodeStateAsUpdate(server));
    send(drafter, connection('drafter', false), (t) => t.insert(t.length, ' Thank you.'));
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
    expect(
      send(doc, reviewer, (t) => t.format(t.length - 6, 6, { suggestionDelete: mark('rev') })),
    ).toBeUndefined();
  });
});

describe('SuggestionCheck: refused with update.not_suggestion', () => {
  const refused = (refusal: { code: number } | undefined) =>
    expect(refusal?.code).toBe(CloseCode.NotSuggestion);

  it('refuses text inserted without a suggestion mark', () => {
    const { client, send } = room();
    refused(send(client(), reviewer, (t) => t.insert(3, 'warmly ', {})));
  });

  it('refuses text deleted instead of marked', () => {
    const { client, send, server } = room();
    refused(send(client(), reviewer, (t) => t.delete(3, 8)));
    expect(textOf(server, 0).toString()).toBe('We welcome the report.');
  });

  it("refuses a suggestion forged in another person's name", () => {
    const { client, send } = room();
    refused(send(client(), reviewer, (t) => t.insert(3, 'x', { suggestionInsert: mark('other') })));
    refused(send(client(), reviewer, (t) => t.format(3, 7, { suggestionDelete: mark('other') })));
  });

  it("refuses removing or changing someone else's suggestion", () => {
    const { client, send, server } = room();
    const theirs = client();
    send(theirs, other, (t) => t.insert(3, 'warmly ', { suggestionInsert: mark('other') }));
    send(theirs, other, (t) => t.format(10, 7, { suggestionDelete: mark('other') }));
    const mine = client();
    Y.applyUpdate(mine, Y.encodeStateAsUpdate(server));
    refused(send(mine, reviewer, (t) => t.delete(3, 7)));
    refused(send(mine, reviewer, (t) => t.format(10, 7, { suggestionDelete: null })));
    refused(send(mine, reviewer, (t) => t.format(3, 7, { suggestionInsert: mark('rev') })));
  });

  it('refuses formatting changes', () => {
    const { client, send } = room();
    refused(send(client(), reviewer, (t) => t.format(0, 2, { bold: {} })));
  });

  it('refuses paragraphs removed, attributes changed and changes outside the text', () => {
    const { client, send } = room(['One.', 'Two.']);
    refused(send(client(), reviewer, (_t, d) => d.getXmlFragment('content').delete(1, 1)));
    refused(
      send(client(), reviewer, (_t, d) =>
        (d.getXmlFragment('content').get(0) as Y.XmlElement).setAttribute('level', '2'),
      ),
    );
    refused(send(client(), reviewer, (_t, d) => d.getMap('other').set('x', 1)));
    refused(
      send(client(), reviewer, (_t, d) => {
        const paragraph = new Y.XmlElement('paragraph');
        paragraph.insert(0, [new Y.XmlText('Unmarked.')]);
        d.getXmlFragment('content').insert(0, [paragraph]);
      }),
    );
  });

  it('refuses an update that depends on changes the room has not seen', () => {
    const { client, send, server } = room();
    const doc = client();
    const before = Y.encodeStateVector(doc);
    textOf(doc, 0).insert(0, 'A', { suggestionInsert: mark('rev') });
    const skipped = Y.encodeStateAsUpdate(doc, before);
    expect(skipped.byteLength).toBeGreaterThan(0);
    // The second keystroke alone: its first half is missing on the server.
    refused(send(doc, reviewer, (t) => t.insert(1, 'B', { suggestionInsert: mark('rev') })));
    expect(textOf(server, 0).toString()).toBe('We welcome the report.');
  });

  it('keeps checking correctly after a refusal', () => {
    const { client, send } = room();
    const doc = client();
    refused(send(doc, reviewer, (t) => t.insert(0, 'x', {})));
    const fresh = client();
    expect(
      send(fresh, reviewer, (t) => t.insert(0, 'y', { suggestionInsert: mark('rev') })),
    ).toBeUndefined();
  });
});

describe('SuggestionCheck cost', () => {
  it('checks a keystroke on a 90,000-character statement without copying it', () => {
    const sentence = 'The Committee takes note with appreciation of the report. ';
    const paragraphs = Array.from({ length: 310 }, () => sentence.repeat(5).slice(0, 300));
    const { client, send, server } = room(paragraphs);
    const doc = client();
    send(doc, reviewer, (t) => t.insert(0, 'A', { suggestionInsert: mark('rev') })); // builds the shadow
    const timings: number[] = [];
    for (let key = 0; key < 200; key++) {
      const paragraph = (key * 37) % 310;
      const started = performance.now();
      const refusal = send(doc, reviewer, (_t, d) =>
        textOf(d, paragraph).insert(150, 'x', { suggestionInsert: mark('rev', `k${key}`) }),
      );
      timings.push(performance.now() - started);
      expect(refusal).toBeUndefined();
    }
    timings.sort((a, b) => a - b);
    const median = timings[100] ?? 0;
    const p95 = timings[190] ?? 0;
    expect(textOf(server, 0).length).toBeGreaterThan(290);
    // Recorded in the closing note of #21; generous bound so a loaded CI machine passes.
    console.info(
      `suggestion keystroke (check + apply): median ${median.toFixed(3)} ms, p95 ${p95.toFixed(3)} ms`,
    );
    expect(median).toBeLessThan(5);
  });
});
