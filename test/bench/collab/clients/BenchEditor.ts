// One simulated editor: a stock provider and its Y.Doc (or, for the floor, a bare socket).
import type { ServerKind } from '../benchOptions.js';
import type { ArrivalLog } from './ArrivalLog.js';
import { FloorEditor } from './FloorEditor.js';
import { YjsEditor } from './YjsEditor.js';

export interface BenchEditor {
  readonly synced: boolean;
  /** Connection losses after the first sync. */
  readonly disconnects: number;
  /** Makes the editor's own paragraph; resolves when the server has sent the document. */
  ready(timeoutMs: number): Promise<void>;
  /** Types one character; returns the edit's key. */
  type(): string;
  /** Moves the caret: one awareness update. */
  moveCursor(): void;
  /** The editor's high-water mark: [sender key, next sequence number]. */
  mark(): [string, number];
  /** Whether this editor has everything the sender had made up to its mark. */
  hasReached(sender: string, next: number): boolean;
  destroy(): void;
}

export interface EditorTarget {
  kind: ServerKind;
  url: string;
  room: string;
  cookie?: string;
}

/** A full editor applies what it receives; a light one records it (see LightReceiver). */
export function createEditor(
  target: EditorTarget,
  log: ArrivalLog,
  name: string,
  full: boolean,
): BenchEditor {
  return target.kind === 'floor'
    ? new FloorEditor(target, log)
    : new YjsEditor(target, log, name, !full);
}
