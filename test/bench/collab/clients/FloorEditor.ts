// A floor client: plain `ws`, frames the size of a one-character Yjs update and of a
// cursor awareness update, no Yjs work at either end.
import WebSocket from 'ws';
import type { ArrivalLog } from './ArrivalLog.js';
import type { BenchEditor, EditorTarget } from './BenchEditor.js';

const EDIT = 0;
const CURSOR = 1;
let nextSender = Math.floor(Math.random() * 2 ** 30);

export class FloorEditor implements BenchEditor {
  private readonly socket: WebSocket;
  private readonly sender = (nextSender += 1);
  private seq = 0;
  private readonly seen = new Map<number, number>();
  private open = false;
  private closes = 0;
  private destroyed = false;

  constructor(
    target: EditorTarget,
    private readonly log: ArrivalLog,
  ) {
    this.socket = new WebSocket(`${target.url.replace(/^http/, 'ws')}/${target.room}`);
    this.socket.binaryType = 'nodebuffer';
    this.socket.on('open', () => (this.open = true));
    this.socket.on('close', () => {
      if (!this.destroyed) this.closes += 1;
    });
    this.socket.on('error', () => undefined);
    this.socket.on('message', (data: Buffer) => this.receive(data));
  }

  get synced(): boolean {
    return this.open;
  }

  get disconnects(): number {
    return this.closes;
  }

  ready(timeoutMs: number): Promise<void> {
    if (this.open) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('floor socket did not open')), timeoutMs);
      this.socket.once('open', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  private receive(data: Buffer): void {
    if (data[0] !== EDIT) return;
    const sender = data.readUInt32LE(1);
    const seq = data.readUInt32LE(5);
    this.log.recordArrival(`f${sender}:${seq}`);
    this.seen.set(sender, Math.max(this.seen.get(sender) ?? 0, seq + 1));
  }

  type(): string {
    const frame = Buffer.alloc(30);
    frame[0] = EDIT;
    frame.writeUInt32LE(this.sender, 1);
    frame.writeUInt32LE(this.seq, 5);
    this.socket.send(frame);
    return `f${this.sender}:${this.seq++}`;
  }

  moveCursor(): void {
    const frame = Buffer.alloc(120);
    frame[0] = CURSOR;
    this.socket.send(frame);
  }

  mark(): [string, number] {
    return [`f${this.sender}`, this.seq];
  }

  hasReached(sender: string, next: number): boolean {
    return (this.seen.get(Number(sender.slice(1))) ?? 0) >= next;
  }

  destroy(): void {
    this.destroyed = true;
    this.socket.terminate();
  }
}
