import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { interleave } from './interleave';

const paragraph = (content: ReturnType<typeof interleave>) =>
  renderToStaticMarkup(createElement('p', null, content));

describe('interleave', () => {
  it('puts elements where the message names them', () => {
    const key = createElement('kbd', null, 'Ctrl+Alt+M');
    expect(paragraph(interleave('Press {{key}} to comment.', { key }))).toBe(
      '<p>Press <kbd>Ctrl+Alt+M</kbd> to comment.</p>',
    );
  });

  it('leaves a placeholder without an element visible', () => {
    expect(paragraph(interleave('Press {{key}}.', {}))).toBe('<p>Press {{key}}.</p>');
  });
});
