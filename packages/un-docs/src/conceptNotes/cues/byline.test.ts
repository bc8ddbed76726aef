import { describe, expect, it } from 'vitest';
import { isByline } from './byline.js';

describe('isByline', () => {
  it.each([
    'Posted by the editorial team',
    'By Jane Doe',
    'Publié par la rédaction',
    // Round t41b: a content system's byline, its date cut off.
    'Submitted by crinadmin on',
    'Uploaded by webmaster',
    'Soumis par admin le',
    'Enviado por redacción',
  ])('knows a byline: %s', (line) => {
    expect(isByline(line)).toBe(true);
  });

  it.each(['Submitted proposals on ocean governance', 'Bypassing the peace process'])(
    'leaves a line that is no byline: %s',
    (line) => {
      expect(isByline(line)).toBe(false);
    },
  );
});
