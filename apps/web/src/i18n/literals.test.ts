// Every string the user sees goes through the catalogue (issue #22): this test reads each
// component's source and fails on prose written in place — JSX text, a label, title or
// placeholder given as a literal, a confirm() text, a message property (title, message, label…)
// of an object in any module. ALLOWED holds what is not prose.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('..', import.meta.url));

/** Attributes a screen reader or a hover reads out, or an empty field shows. */
const LABELS = new Set(['aria-label', 'aria-description', 'title', 'placeholder', 'alt']);
/** Properties of objects that carry a message to show (a close reason, a menu entry). */
const MESSAGE_PROPERTIES = new Set(['title', 'message', 'label', 'note', 'description', 'hint']);
/** Calls whose text the browser shows. */
const DIALOGS = new Set(['confirm', 'alert', 'prompt']);
/** Text that is not prose: the product's name, symbols, example formats. */
const ALLOWED = new Set(['Plenary', 'DOCX', 'PDF']);

/** A catalogue key ("filter.open") names a message; it is not one. */
const KEY = /^[a-z]\w*(\.\w+)+$/;

const hasWords = (text: string) =>
  /\p{L}{2,}/u.test(text) && !ALLOWED.has(text.trim()) && !KEY.test(text);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    if (path.includes(join('i18n', 'messages'))) return [];
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const SHOWN_OPERATORS = new Set([
  ts.SyntaxKind.AmpersandAmpersandToken,
  ts.SyntaxKind.BarBarToken,
  ts.SyntaxKind.QuestionQuestionToken,
  ts.SyntaxKind.PlusToken,
]);

/** The literal strings an expression shows as it stands (through ?:, &&, ||, ?? and +). */
function shownStrings(node: ts.Expression): ts.LiteralLikeNode[] {
  if (ts.isParenthesizedExpression(node)) return shownStrings(node.expression);
  if (ts.isConditionalExpression(node))
    return [...shownStrings(node.whenTrue), ...shownStrings(node.whenFalse)];
  if (ts.isBinaryExpression(node) && SHOWN_OPERATORS.has(node.operatorToken.kind))
    return [...shownStrings(node.left), ...shownStrings(node.right)];
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node];
  if (ts.isTemplateExpression(node))
    return [node.head, ...node.templateSpans.map((s) => s.literal)];
  return [];
}

function literalsIn(path: string, text = readFileSync(path, 'utf8')): string[] {
  const kind = path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
  const found: ts.LiteralLikeNode[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) found.push(node);
    else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent))
      found.push(...shownStrings(node.expression));
    else if (ts.isJsxAttribute(node) && LABELS.has(node.name.getText(file)) && node.initializer)
      found.push(
        ...(ts.isStringLiteral(node.initializer)
          ? [node.initializer]
          : node.initializer.kind === ts.SyntaxKind.JsxExpression && node.initializer.expression
            ? shownStrings(node.initializer.expression)
            : []),
      );
    else if (
      ts.isPropertyAssignment(node) &&
      MESSAGE_PROPERTIES.has(node.name.getText(file)) &&
      !ts.isObjectLiteralExpression(node.initializer)
    )
      found.push(...shownStrings(node.initializer));
    else if (
      ts.isCallExpression(node) &&
      DIALOGS.has(node.expression.getText(file).replace(/^window\./, ''))
    )
      node.arguments.forEach((argument) => found.push(...shownStrings(argument)));
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found
    .filter((node) => hasWords(node.text))
    .map((node) => {
      const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
      return `${relative(SRC, path)}:${line + 1}: ${node.text.trim()}`;
    });
}

describe('the interface strings', () => {
  it('are all in the message catalogue, none written in a component', () => {
    expect(sourceFiles(SRC).flatMap((path) => literalsIn(path))).toEqual([]);
  });

  it('are caught when written in place', () => {
    const sample = `export const Panel = ({ busy }: { busy: boolean }) => {
      if (busy && !confirm('Delete this draft?')) return null;
      return busy ? <p>Opening the statement…</p> : (
        <section aria-label="Close" data-id="versions-panel">
          {busy ? t('open') : 'Versions'} — {3} ×
          {t(busy ? 'panel.open' : 'panel.closed')}
        </section>
      );
    };
    export const Badge = ({ status }: { status: string }) => status !== 'draft' && <b>{status}</b>;
    export const CLOSES = { 4401: { title: 'Your session has ended', code: 'auth.ended' } };`;
    expect(literalsIn(join(SRC, 'Sample.tsx'), sample).map((l) => l.replace(/^.*?: /, ''))).toEqual(
      [
        'Delete this draft?',
        'Opening the statement…',
        'Close',
        'Versions',
        'Your session has ended',
      ],
    );
  });
});
