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

  it('masks the password of an address typed with its login, keeping the rest of the address', () => {
    let out = '';
    const logger = createLogger({ write: (t) => (out += t) });
    const feed = 'https://reader:hunter2-pass@news.example.org/private/rss.xml';
    logger.warn(`feed fetch failed: ${feed}: HTTP 500`, { feed, error: new Error(`GET ${feed} timed out`) });
    expect(out).not.toContain('hunter2-pass');
    expect(out).toContain('https://reader:[secret]@news.example.org/private/rss.xml: HTTP 500');
    expect(out).toContain('feed="https://reader:[secret]@news.example.org/private/rss.xml"');
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
