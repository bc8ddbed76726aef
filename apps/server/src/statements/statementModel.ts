// The editor schema and what reads statements through it (`@plenary/statement-model`, which
// brings TipTap and ProseMirror: about 14 MiB) load on the first request that needs them, not
// at start. What the collaboration path needs comes from `@plenary/statement-model/document`.
import type * as Model from '@plenary/statement-model';

type StatementModel = typeof Model;

let loading: Promise<StatementModel> | undefined;
let loaded: StatementModel | undefined;

export function statementModel(): Promise<StatementModel> {
  loading ??= import('@plenary/statement-model').then((model) => (loaded = model));
  return loading;
}

/** The module in code that runs only after `statementModel()` has resolved. */
export function loadedStatementModel(): StatementModel {
  if (!loaded) throw new Error('The statement model is used before statementModel() resolved.');
  return loaded;
}
