import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';

describe('logger', () => {
  it('masks secrets wherever they appear, fields and causes included', () => {
    let out = '';
    const token = 'MTAx.secret-token-value.abcdef';
    const logger = createLogger({ secrets: [token], write: (t) => (out += t) });
    logger.error(`login failed with ${token}`, { error: new Error('bad token', { cause: new Error(`401 for ${token}`) }), header: `Bot ${token}` });
    expect(out).not.toContain(token);
    expect(out).toContain('[secret]');
    expect(out).toContain('cause: Error: 401 for [secret]');
  });

  it('drops lines below its level and keeps child fields', () => {
    let out = '';
    const logger = createLogger({ level: 'warn', write: (t) => (out += t) }).child({ feed: 'f1' });
    logger.info('quiet');
    logger.warn('loud');
    expect(out).not.toContain('quiet');
    expect(out).toMatch(/WARN +loud feed="f1"/);
  });
});
