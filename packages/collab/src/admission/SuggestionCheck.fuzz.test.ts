// Seeded fuzz: a drafter and a reviewer edit concurrently and sync at random moments. The
// reviewer mixes honest suggestions with forbidden edits. The check must refuse every batch
// holding a forbidden edit, accept every honest batch, and never lose a suggested insertion.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Connection } from '../Connection.js';
import { seededRandom as random } from './seededRandom.js';
import { SuggestionCheck } from './SuggestionCheck.js';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const ROUNDS = 120;

const person = (userId: string, suggesting: boolean): Connection => ({
  id: userId,
  readOnly: false,
  suggesting,
  identity: { userId, name: userId, color: '#000' },
  send: () => undefined,
  close: () => undefined,
});
const REVIEWER = person('rev', true);
const DRAFTER = person('dra', false);
const mark = (authorId: string, id: string) => ({ id, authorId, createdAt: '2026-12-04' });

type Delta = { insert?: string; attributes?: Record<string, { authorId?: string; id?: string }> };

/** One character per entry, with its formatting, of the first paragraph. */
function characters(text: Y.XmlText) {
  return (text.toDelta() as Delta[]).flatMap((part) =>
    [...(part.insert ?? '')].map((char) => ({ char, attributes: part.attributes ?? {} })),
  );
}

function paragraphText(doc: Y.Doc): Y.XmlText {
  return (doc.getXmlFragment('content').get(0) as Y.XmlElement).get(0) as Y.XmlText;
}

function run(seed: number) {
  const next = random(seed);
  const pick = (n: number) => Math.floor(next() * n);
  const server = new Y.Doc();
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText('The Committee welcomes the report of the Secretary.')]);
  server.getXmlFragment('content').insert(0, [paragraph]);
  const check = new SuggestionCheck({
    fragment: 'content',
    insertKey: 'suggestionInsert',
    deleteKey: 'suggestionDelete',
  });
  const copy = () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
    return doc;
  };
  const drafter = copy();
  let reviewer = copy();
  let reviewerSynced = Y.encodeStateVector(reviewer);
  let drafterSynced = Y.encodeStateVector(drafter);
  let forbiddenPending = false;
  const typed = new Map<string, string>();
  const withdrawn = new Set<string>();
  let counter = 0;
  const stats = { accepted: 0, refused: 0 };

  const reviewerEdit = () => {
    const text = paragraphText(reviewer);
    const chars = characters(text);
    const own = (i: number) => chars[i]?.attributes.suggestionInsert?.authorId === 'rev';
    const choice = pick(8);
    if (choice <= 2 || chars.length === 0) {
      const id = `s${seed}-${(counter += 1)}`;
      const word = ['very ', 'duly ', 'x', 'notes '][pick(4)] ?? 'x';
      text.insert(pick(chars.length + 1), word, { suggestionInsert: mark('rev', id) });
      typed.set(id, word);
    } else if (choice === 3) {
      const start = pick(chars.length);
      let end = start;
      while (end < chars.length && !own(end) && !chars[end]?.attributes.suggestionDelete) end++;
      if (end > start)
        text.format(start, end - start, { suggestionDelete: mark('rev', `d${(counter += 1)}`) });
    } else if (choice === 4) {
      const start = chars.findIndex((_c, i) => own(i));
      if (start >= 0) {
        const id = chars[start]?.attributes.suggestionInsert?.id ?? '';
        withdrawn.add(id);
        text.delete(start, 1);
      }
    } else {
      // Forbidden: unmarked insert, deleting unsuggested text, forging, formatting.
      const plain = chars.findIndex((c, i) => !own(i) && !c.attributes.suggestionDelete);
      const kind = pick(4);
      if (kind === 0) text.insert(pick(chars.length + 1), 'z', {});
      else if (kind === 1 && plain >= 0) text.delete(plain, 1);
      else if (kind === 2)
        text.insert(pick(chars.length + 1), 'q', { suggestionInsert: mark('dra', 'f') });
      else if (plain >= 0 && !chars[plain]?.attributes.bold) text.format(plain, 1, { bold: {} });
      else text.insert(0, 'z', {});
      forbiddenPending = true;
    }
  };

  const drafterEdit = () => {
    const text = paragraphText(drafter);
    const chars = characters(text);
    if (pick(3) > 0 || chars.length < 5) {
      text.insert(pick(chars.length + 1), ' and', {});
    } else {
      const i = chars.findIndex(
        (c, index) => index >= pick(chars.length) && Object.keys(c.attributes).length === 0,
      );
      if (i >= 0) text.delete(i, 1);
    }
  };

  const syncDrafter = () => {
    const update = Y.encodeStateAsUpdate(drafter, Y.encodeStateVector(server));
    expect(check.admit(update, server, DRAFTER)).toBeUndefined();
    Y.applyUpdate(server, update);
    Y.applyUpdate(drafter, Y.encodeStateAsUpdate(server, Y.encodeStateVector(drafter)));
    drafterSynced = Y.encodeStateVector(drafter);
  };

  const syncReviewer = () => {
    const update = Y.encodeStateAsUpdate(reviewer, reviewerSynced);
    const refusal = check.admit(update, server, REVIEWER);
    if (forbiddenPending) {
      expect(refusal?.detail, `seed ${seed}: a forbidden edit went through`).toBeDefined();
      stats.refused += 1;
      // Closed: the reviewer reconnects with the room's text, losing the unsent batch.
      reviewer = copy();
      forbiddenPending = false;
      for (const id of typed.keys()) if (!textHas(server, id)) withdrawn.add(id);
    } else {
      expect(refusal, `seed ${seed}: an honest suggestion was refused`).toBeUndefined();
      Y.applyUpdate(server, update);
      Y.applyUpdate(reviewer, Y.encodeStateAsUpdate(server, Y.encodeStateVector(reviewer)));
      stats.accepted += 1;
    }
    reviewerSynced = Y.encodeStateVector(reviewer);
  };

  for (let round = 0; round < ROUNDS; round++) {
    const action = pick(6);
    if (action === 0) syncDrafter();
    else if (action === 1) syncReviewer();
    else if (action <= 3) drafterEdit();
    else reviewerEdit();
  }
  syncDrafter();
  syncReviewer();
  syncDrafter();
  void drafterSynced;

  // No suggested insertion that reached the room and was not withdrawn has lost a character.
  const inRoom = characters(paragraphText(server));
  for (const [id, word] of typed) {
    if (withdrawn.has(id) || !textHas(server, id)) continue;
    const kept = inRoom.filter((c) => c.attributes.suggestionInsert?.id === id).map((c) => c.char);
    expect(kept.join(''), `seed ${seed}: suggestion ${id}`).toBe(word);
  }
  expect(paragraphText(drafter).toString()).toBe(paragraphText(server).toString());
  return stats;
}

function textHas(doc: Y.Doc, id: string): boolean {
  return characters(paragraphText(doc)).some((c) => c.attributes.suggestionInsert?.id === id);
}

describe('SuggestionCheck fuzz', () => {
  it.each(SEEDS)('seed %i: refuses every forbidden batch, keeps every suggestion', (seed) => {
    const stats = run(seed);
    expect(stats.accepted + stats.refused).toBeGreaterThan(0);
  });

  it('refused and accepted batches both occur across the seeds', () => {
    const totals = SEEDS.map(run).reduce((a, b) => ({
      accepted: a.accepted + b.accepted,
      refused: a.refused + b.refused,
    }));
    expect(totals.accepted).toBeGreaterThan(20);
    expect(totals.refused).toBeGreaterThan(5);
  });
});
