import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('TRUST_PROXY', () => {
  it('trusts no proxy unless one is named', () => {
    expect(loadConfig({}).trustProxy).toEqual([]);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8,::1' }).trustProxy).toEqual([
      'loopback',
      '10.0.0.0/8',
      '::1',
    ]);
  });

  it.each(['true', '*', 'proxy.example.org', '10.0.0.1/8/2', ''])('refuses %j', (value) => {
    expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(ConfigError);
  });
});

describe('IDLE_COLLECT_AFTER_MS', () => {
  it('collects after 30 s at rest unless told otherwise; 0 turns it off', () => {
    expect(loadConfig({}).idleCollectAfterMs).toBe(30_000);
    expect(loadConfig({ IDLE_COLLECT_AFTER_MS: '0' }).idleCollectAfterMs).toBe(0);
    expect(loadConfig({ IDLE_COLLECT_AFTER_MS: '5000' }).idleCollectAfterMs).toBe(5_000);
  });

  it.each(['1000', '-1', '4999', 'soon', '3600001'])('refuses %j, naming the variable', (value) => {
    expect(() => loadConfig({ IDLE_COLLECT_AFTER_MS: value })).toThrow(/IDLE_COLLECT_AFTER_MS/);
  });
});
