import { describe, expect, it } from 'vitest';
import { uniqueLabels } from './uniqueLabels.js';

describe('uniqueLabels', () => {
  it('keeps distinct labels as printed', () => {
    const items = [
      { label: 'a)', text: 'One?' },
      { label: 'b)', text: 'Two?' },
    ];
    expect(uniqueLabels(items)).toEqual(items);
  });

  it('gives a repeated label its occurrence, the first keeping its own', () => {
    const labels = uniqueLabels([
      { label: '(a)', text: 'One?' },
      { label: '(b)', text: 'Two?' },
      { label: '(a)', text: 'Three?' },
      { label: '(a)', text: 'Four?' },
    ]).map((item) => item.label);
    expect(labels).toEqual(['(a)', '(b)', '(a)-2', '(a)-3']);
  });

  it('counts labels that differ only in spacing or case as the same, as tags do', () => {
    const labels = uniqueLabels([
      { label: 'Question 1', text: 'One?' },
      { label: 'question1', text: 'Two?' },
    ]).map((item) => item.label);
    expect(labels).toEqual(['Question 1', 'question1-2']);
  });
});
