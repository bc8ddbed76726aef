// Milliseconds per statementMetrics call for a 30-page statement (about 15,000 words, built
// from the numbered paragraphs of the sample reports), to check it can run on every keystroke.
// Run: node --import tsx packages/drafting-metrics/bench/metricsBench.ts
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
  countWords,
  statementMetrics,
  suggestPoints,
  type DiscussionPoint,
  type StatementParagraph,
} from '../src/index.js';

const SAMPLES = new URL('../../../apps/server/samples/', import.meta.url);
const WORDS_PER_PAGE = 500;
const PAGES = 30;

const readSample = (file: string) => readFileSync(new URL(file, SAMPLES), 'utf8');

function discussionPoints(): DiscussionPoint[] {
  const note = readSample('000_c04e87125c8fdf9b.txt');
  const section = note.slice(note.indexOf('Indicative points'), note.indexOf('Format, briefers'));
  return [...section.matchAll(/^\(([a-z])\) (.+)$/gm)].map((m) => ({
    label: `12(${m[1] ?? ''})`,
    text: m[2] ?? '',
  }));
}

/** Report paragraphs until the statement reaches `PAGES` pages; every other one tagged. */
function statement(points: readonly DiscussionPoint[], tagged: boolean): StatementParagraph[] {
  const texts = ['001_ab5ec06419877e47.txt', '002_152554e5fab3c98f.txt', '004_0e4775ef41d0f159.txt']
    .flatMap((file) => readSample(file).split('\n'))
    .filter((line) => /^\d+\. /.test(line));
  const paragraphs: StatementParagraph[] = [];
  let words = 0;
  for (let i = 0; words < WORDS_PER_PAGE * PAGES; i += 1) {
    const text = texts[i % texts.length] ?? '';
    const label = points[i % points.length]?.label;
    const points_ = tagged && i % 2 === 0 && label !== undefined ? [label] : [];
    paragraphs.push({ id: `p${i}`, text, points: points_ });
    words += countWords(text);
  }
  return paragraphs;
}

function msPerCall(run: () => unknown): number {
  for (let i = 0; i < 20; i += 1) run();
  const calls = 200;
  const start = performance.now();
  for (let i = 0; i < calls; i += 1) run();
  return (performance.now() - start) / calls;
}

const points = discussionPoints();
const half = statement(points, true);
const none = statement(points, false);
const words = half.reduce((sum, p) => sum + countWords(p.text), 0);
const lines = [
  `statement: ${half.length} paragraphs, ${words} words (${PAGES} pages of ${WORDS_PER_PAGE})`,
  `statementMetrics, half the paragraphs tagged: ${msPerCall(() => statementMetrics(half, points, { limitMinutes: 5 })).toFixed(2)} ms/call`,
  `statementMetrics, no paragraph tagged:       ${msPerCall(() => statementMetrics(none, points, { limitMinutes: 5 })).toFixed(2)} ms/call`,
  `suggestPoints, one paragraph:                ${(msPerCall(() => suggestPoints(none[0]?.text ?? '', points)) * 1000).toFixed(1)} µs/call`,
];
process.stdout.write(`${lines.join('\n')}\n`);
