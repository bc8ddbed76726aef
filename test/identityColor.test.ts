// The server names carets from the session; its colour must be the one the web app shows
// for the same account, or a person would see themselves in another colour than others do.
import { describe, expect, it } from 'vitest';
import { colorForUser } from '../apps/server/src/identity/colorForUser.js';
import { colorForName } from '../apps/web/src/identity/colorForName.js';

describe('account colour', () => {
  it('is the same on the server and in the web app', () => {
    const ids = ['4f9c2f1e-0d3b-4a7e-9d8c-1b2a3c4d5e6f', 'a', 'Zz-12', '', 'ümlaut-id'];
    for (let i = 0; i < 200; i += 1) ids.push(`user-${i * 7919}`);
    for (const id of ids) expect(colorForUser(id), id).toBe(colorForName(id));
  });
});
