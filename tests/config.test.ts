import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, configSchema, loadConfig } from '../src/config.js';

describe('config', () => {
  it('lists every key of the schema in .env.example, and nothing else', () => {
    const example = readFileSync('.env.example', 'utf8');
    const keys = [...example.matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]);
    expect(keys.sort()).toEqual(Object.keys(configSchema.shape).sort());
  });

  it('has working defaults with an empty environment', () => {
    const config = loadConfig({});
    expect(config.discordToken).toBeUndefined();
    expect(config.apiUrl).toBe('https://discord.com/api');
    expect(config.seedsDir).toMatch(/seeds$/);
    expect(config.digestCatchUpHours).toBe(6);
  });

  it('treats empty values from .env as unset', () => {
    expect(loadConfig({ DISCORD_TOKEN: '', DISCORD_GUILD_ID: '' }).discordToken).toBeUndefined();
  });

  it('lets --seeds override SEEDS_DIR', () => {
    expect(loadConfig({ SEEDS_DIR: 'a' }, ['--seeds', '/tmp/other']).seedsDir).toBe('/tmp/other');
    expect(loadConfig({}, ['--seeds=/tmp/x']).seedsDir).toBe('/tmp/x');
  });

  it('names every bad value at once, without echoing secrets', () => {
    let error: unknown;
    try {
      loadConfig({ DISCORD_TOKEN: 'Tok3n.xyz', DISCORD_GUILD_ID: 'abc', DISCORD_API_URL: 'not a url', LOG_LEVEL: 'loud' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const key of ['DISCORD_TOKEN', 'DISCORD_GUILD_ID', 'DISCORD_API_URL', 'LOG_LEVEL']) expect(problems).toContain(key);
    expect(problems).not.toContain('Tok3n.xyz');
  });
});
