import { describe, expect, it } from 'vitest';
import { commentSegments } from './commentSegments';

describe('comment segments', () => {
  const lan = { userId: 'u1', displayName: 'Nguyen Thi Lan' };

  it('separates mentions and links from the text, leaving markup as text', () => {
    const body = '@Nguyen Thi Lan see https://undocs.org/S/2021/423. <b>not bold</b>';
    expect(commentSegments(body, [lan])).toEqual([
      { kind: 'mention', text: '@Nguyen Thi Lan', userId: 'u1' },
      { kind: 'text', text: ' see ' },
      {
        kind: 'link',
        text: 'https://undocs.org/S/2021/423',
        href: 'https://undocs.org/S/2021/423',
      },
      { kind: 'text', text: '. <b>not bold</b>' },
    ]);
  });

  it('only links web addresses', () => {
    expect(commentSegments('javascript:alert(1) and ftp://x', [])).toEqual([
      { kind: 'text', text: 'javascript:alert(1) and ftp://x' },
    ]);
  });

  it('prefers the longest name', () => {
    const nam = { userId: 'u2', displayName: 'Le Van' };
    const namFull = { userId: 'u3', displayName: 'Le Van Nam' };
    expect(commentSegments('@Le Van Nam', [nam, namFull])).toEqual([
      { kind: 'mention', text: '@Le Van Nam', userId: 'u3' },
    ]);
  });
});
