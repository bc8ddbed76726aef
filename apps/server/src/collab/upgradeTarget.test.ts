import { describe, expect, it } from 'vitest';
import { requestedMode } from './CollabAccess.js';
import { parseUpgradeTarget } from './upgradeTarget.js';

const id = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('parseUpgradeTarget', () => {
  it('reads a plain target without URL and the others as URL reads them', () => {
    expect(parseUpgradeTarget(`/collab/${id}`)).toEqual({ kind: 'collab', statementId: id });
    expect(parseUpgradeTarget(`/collab/${id.toUpperCase()}`)).toEqual({
      kind: 'collab',
      statementId: id.toUpperCase(),
    });
    // Not plain: a query, dot segments, escapes, a longer or shorter id.
    expect(parseUpgradeTarget(`/collab/${id}?mode=suggesting`)).toEqual({
      kind: 'collab',
      statementId: id,
    });
    expect(parseUpgradeTarget(`/collab/x/../${id}`)).toEqual({ kind: 'collab', statementId: id });
    expect(parseUpgradeTarget(`/other/../collab/${id}`)).toEqual({
      kind: 'collab',
      statementId: id,
    });
    expect(parseUpgradeTarget(`/collab/${id}%2Fx`)).toEqual({
      kind: 'collab',
      statementId: `${id}/x`,
    });
    expect(parseUpgradeTarget(`/collab/${id}x`)).toEqual({
      kind: 'collab',
      statementId: `${id}x`,
    });
    expect(parseUpgradeTarget(`/collab/${id}/x`)).toEqual({ kind: 'not-found' });
    expect(parseUpgradeTarget(`//collab/${id}`)).toEqual({ kind: 'bad-request' });
    expect(parseUpgradeTarget('/collab/%E0%A4%A')).toEqual({ kind: 'bad-request' });
    expect(parseUpgradeTarget('/socket.io/?EIO=4')).toEqual({ kind: 'socket.io' });
  });

  it('reads the mode only from a query', () => {
    expect(requestedMode(`/collab/${id}`)).toBe('editing');
    expect(requestedMode(`/collab/${id}?mode=suggesting`)).toBe('suggesting');
    expect(requestedMode(`/collab/${id}?mode=editing`)).toBe('editing');
    expect(requestedMode(undefined)).toBe('editing');
  });
});
