import { describe, expect, it } from 'vitest';
import type { StatementStatus } from '@plenary/storage';
import { KnownStatuses } from './KnownStatuses.js';

/** Statuses as the database holds them, and how often they were read. */
function database(statuses: Record<string, StatementStatus>) {
  const reads: string[] = [];
  const statusesRead = new KnownStatuses((id) => {
    reads.push(id);
    return Promise.resolve(statuses[id]);
  });
  return { reads, statuses: statusesRead };
}

describe('KnownStatuses', () => {
  it('keeps a status read elsewhere, and reads no more', async () => {
    const { reads, statuses } = database({ s1: 'draft' });
    statuses.offer('s1', 'draft', statuses.epoch);
    expect(await statuses.get('s1')).toBe('draft');
    expect(reads).toEqual([]);
  });

  it('drops a status read before any entry was forgotten since, and reads it afresh', async () => {
    const { reads, statuses } = database({ s1: 'cleared' });
    const epoch = statuses.epoch;
    // The status changed (and was announced) while the other read was in flight.
    statuses.forget('s2');
    statuses.offer('s1', 'draft', epoch);
    expect(await statuses.get('s1')).toBe('cleared');
    expect(reads).toEqual(['s1']);
  });

  it('does not replace a status it knows', async () => {
    const { reads, statuses } = database({ s1: 'cleared' });
    expect(await statuses.get('s1')).toBe('cleared');
    statuses.offer('s1', 'draft', statuses.epoch);
    expect(await statuses.get('s1')).toBe('cleared');
    expect(reads).toEqual(['s1']);
  });

  it('keeps one settled promise per status, however many statements have it', async () => {
    const { statuses } = database({ s1: 'draft', s2: 'draft' });
    const read = statuses.get('s1');
    expect(await read).toBe('draft');
    statuses.offer('s2', 'draft', statuses.epoch);
    // The read, once settled, is replaced by the status's shared promise, as the offer is.
    expect(statuses.get('s1')).not.toBe(read);
    expect(statuses.get('s1')).toBe(statuses.get('s2'));
  });
});
