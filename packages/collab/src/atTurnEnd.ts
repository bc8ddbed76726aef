// Work a room leaves for the end of the event loop's turn: the carets it received in the turn,
// sent as one frame. The transport calls `endTurn` just before it writes the turn's frames, so
// what the work sends leaves in the same write; otherwise an immediate runs it.
let tasks: (() => void)[] = [];

/** Runs the task at the end of this turn (once per call). */
export function atTurnEnd(task: () => void): void {
  if (tasks.push(task) === 1) setImmediate(endTurn);
}

/** Runs the work left for the end of the turn now (the transport, before it writes). */
export function endTurn(): void {
  if (tasks.length === 0) return;
  const due = tasks;
  tasks = [];
  for (const task of due) task();
}
