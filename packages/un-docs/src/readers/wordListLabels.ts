import { romanNumeral } from '@plenary/statement-model/romanNumeral';
import type JSZip from 'jszip';

// Mammoth turns Word's automatic numbering into bare <ol>/<ul> items and drops the labels
// ("(a)", "12.", "i."), which are what a concept note's points are called. This reads
// numbering.xml and document.xml to rebuild each numbered paragraph's label, in document
// order, so the HTML list items can be labelled again.

interface Level {
  format: string;
  text: string;
  start: number;
}

const attribute = (xml: string, tag: string): string | undefined =>
  new RegExp(`<w:${tag}\\b[^>]*\\bw:val="([^"]*)"`).exec(xml)?.[1];

function readLevels(numberingXml: string): Map<string, Map<number, Level>> {
  const abstract = new Map<string, Map<number, Level>>();
  for (const [, id, body] of numberingXml.matchAll(
    /<w:abstractNum\b[^>]*w:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g,
  )) {
    const levels = new Map<number, Level>();
    for (const [, ilvl, level] of (body ?? '').matchAll(
      /<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g,
    )) {
      const xml = level ?? '';
      levels.set(Number(ilvl), {
        format: attribute(xml, 'numFmt') ?? 'decimal',
        text: attribute(xml, 'lvlText') ?? '',
        start: Number(attribute(xml, 'start') ?? '1'),
      });
    }
    abstract.set(id ?? '', levels);
  }
  const byNum = new Map<string, Map<number, Level>>();
  for (const [, numId, abstractId] of numberingXml.matchAll(
    /<w:num\b[^>]*w:numId="(\d+)"[^>]*>[\s\S]*?<w:abstractNumId w:val="(\d+)"/g,
  )) {
    byNum.set(numId ?? '', abstract.get(abstractId ?? '') ?? new Map());
  }
  return byNum;
}

function formatCounter(value: number, format: string): string {
  if (format === 'lowerLetter' || format === 'upperLetter') {
    const letter = String.fromCharCode(96 + (((value - 1) % 26) + 1)).repeat(
      Math.floor((value - 1) / 26) + 1,
    );
    return format === 'upperLetter' ? letter.toUpperCase() : letter;
  }
  if (format === 'lowerRoman' || format === 'upperRoman') {
    const roman = romanNumeral(value);
    return format === 'upperRoman' ? roman.toUpperCase() : roman;
  }
  return String(value);
}

function labelFor(levels: Map<number, Level>, counters: number[], ilvl: number): string {
  const level = levels.get(ilvl);
  if (!level || level.format === 'bullet' || level.format === 'none') return '•';
  return level.text.replace(/%(\d)/g, (_whole, n: string) => {
    const index = Number(n) - 1;
    return formatCounter(counters[index] ?? 1, levels.get(index)?.format ?? 'decimal');
  });
}

/** The label of every paragraph with direct numbering, in document order. */
export async function wordListLabels(zip: JSZip): Promise<string[]> {
  const numberingXml = (await zip.file('word/numbering.xml')?.async('string')) ?? '';
  const documentXml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const numbering = readLevels(numberingXml);
  const counters = new Map<string, number[]>();
  const labels: string[] = [];
  for (const [paragraph] of documentXml.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)) {
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(paragraph)?.[1];
    const numId = numPr ? attribute(numPr, 'numId') : undefined;
    if (!numPr || !numId || numId === '0') continue;
    const ilvl = Number(attribute(numPr, 'ilvl') ?? '0');
    // Mammoth renders numbered headings as headings, not list items: count them apart.
    const heading = /^(?:Heading\d|Title)$/i.test(attribute(paragraph, 'pStyle') ?? '');
    const levels = numbering.get(numId) ?? new Map<number, Level>();
    const current = counters.get(numId) ?? [];
    current[ilvl] = (current[ilvl] ?? (levels.get(ilvl)?.start ?? 1) - 1) + 1;
    current.length = ilvl + 1; // deeper levels restart under a new parent item
    counters.set(numId, current);
    if (!heading) labels.push(labelFor(levels, current, ilvl));
  }
  return labels;
}
