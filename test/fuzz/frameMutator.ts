// Seeded mutations of well-formed y-websocket frames: what a buggy or hostile client could
// send. The same seed always yields the same frames, so a failure can be replayed.
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';

/** mulberry32: small, fast, and good enough to pick mutations. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function frame(type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

const sync = (sub: number, payload: Uint8Array): Uint8Array =>
  frame(0, (encoder) => {
    encoding.writeVarUint(encoder, sub);
    encoding.writeVarUint8Array(encoder, payload);
  });

/** Well-formed frames of every kind, from a real editing session on a scratch document. */
export function seedFrames(): Uint8Array[] {
  const doc = new Y.Doc();
  doc.clientID = 424_242; // A fixed client, so a seed replays the same frames.
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const fragment = doc.getXmlFragment('content');
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText('Mr. President, ')]);
  fragment.insert(0, [paragraph]);
  const text = paragraph.get(0) as Y.XmlText;
  text.insert(15, 'we thank the briefers.');
  text.format(0, 3, { bold: true });
  const quote = new Y.XmlElement('blockquote');
  const inner = new Y.XmlElement('paragraph');
  inner.insert(0, [new Y.XmlText('Quoted words')]);
  quote.insert(0, [inner]);
  fragment.insert(1, [quote]);
  text.delete(0, 4);
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState({ user: { name: 'Fuzz', color: '#123456' }, cursor: null });
  const awarenessUpdate = awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]);
  awareness.destroy();
  return [
    sync(0, Y.encodeStateVector(doc)),
    sync(1, Y.encodeStateAsUpdate(doc)),
    ...updates.map((update) => sync(2, update)),
    frame(1, (encoder) => encoding.writeVarUint8Array(encoder, awarenessUpdate)),
    frame(3, () => undefined),
  ];
}

type Mutation = (bytes: Uint8Array, random: () => number, other: Uint8Array) => Uint8Array;

const at = (random: () => number, length: number): number => Math.floor(random() * length);

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

const MUTATIONS: Mutation[] = [
  (bytes, random) => {
    const out = bytes.slice();
    const index = at(random, out.length);
    out[index] = (out[index] ?? 0) ^ (1 << at(random, 8));
    return out;
  },
  (bytes, random) => {
    const out = bytes.slice();
    for (let n = 1 + at(random, 4); n > 0; n -= 1) out[at(random, out.length)] = at(random, 256);
    return out;
  },
  (bytes, random) => bytes.slice(0, at(random, bytes.length)),
  (bytes, random) => {
    const extra = Uint8Array.from({ length: 1 + at(random, 16) }, () => at(random, 256));
    return concat(bytes, extra);
  },
  (bytes, random) => {
    const index = at(random, bytes.length);
    return concat(bytes.subarray(0, index), bytes.subarray(index + 1));
  },
  (bytes, random, other) =>
    concat(bytes.subarray(0, at(random, bytes.length)), other.subarray(at(random, other.length))),
  (bytes, random) => {
    // A huge varint where a length or a type was.
    const out = bytes.slice();
    const index = Math.min(out.length - 1, 1 + at(random, 3));
    out[index] = 0xff;
    return out;
  },
  (_bytes, random) => Uint8Array.from({ length: at(random, 64) }, () => at(random, 256)),
];

export class FrameMutator {
  private readonly random: () => number;
  private readonly seeds = seedFrames();

  constructor(readonly seed: number) {
    this.random = seededRandom(seed);
  }

  next(): Uint8Array {
    const random = this.random;
    const base = this.seeds[at(random, this.seeds.length)]!;
    const other = this.seeds[at(random, this.seeds.length)]!;
    let bytes = base;
    for (let n = 1 + at(random, 3); n > 0; n -= 1) {
      bytes = MUTATIONS[at(random, MUTATIONS.length)]!(bytes.length ? bytes : other, random, other);
    }
    return bytes;
  }
}
