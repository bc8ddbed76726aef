import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { statementExtensions } from './statementExtensions.js';

let cached: Schema | undefined;

/** The ProseMirror schema of a statement, built once from the shared extensions. */
export function statementSchema(): Schema {
  cached ??= getSchema(statementExtensions());
  return cached;
}
