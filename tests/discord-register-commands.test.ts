import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandDefinition } from '../commands/command.js';
import { commands } from '../commands/index.js';
import { loadConfig } from '../src/config.js';
import { createCapturingLogger } from '../src/logger.js';
import { sameCommands } from '../src/transports/discord/command-definitions.js';
import { registerFromConfig } from '../src/transports/discord/register-commands.js';
import { startFakeDiscord, type FakeDiscord } from './fake-discord/fake-discord.js';
import { ids } from './fake-discord/world.js';

const definitions = commands.map((c) => c.definition);
const search = definitions.find((d) => d.name === 'search')!;

/** `search` as Discord's GET returns it: ids, version, localisations, defaults, and no `required: false`. */
const searchAsDiscordHasIt = {
  id: '1180000000000000001',
  application_id: ids.application,
  version: '1180000000000000002',
  default_member_permissions: null,
  type: 1,
  name: 'search',
  name_localizations: null,
  description: search.description,
  description_localizations: null,
  guild_id: ids.guild,
  dm_permission: true,
  nsfw: false,
  integration_types: [0],
  contexts: null,
  options: search.options!.map((o) => ({ ...o, name_localizations: null, description_localizations: null })),
};

describe('sameCommands', () => {
  it('sees our definition and what Discord returns for it as the same', () => {
    expect(sameCommands([searchAsDiscordHasIt], [search])).toBe(true);
  });

  it('sees a changed description, an added option or a reordered option as a change', () => {
    expect(sameCommands([searchAsDiscordHasIt], [{ ...search, description: 'Search the archive' }])).toBe(false);
    const extra = { type: 4, name: 'page', description: 'Page to show' };
    expect(sameCommands([searchAsDiscordHasIt], [{ ...search, options: [...search.options!, extra] }])).toBe(false);
    const twoOptions: CommandDefinition = { ...search, options: [...search.options!, extra] };
    const swapped = { ...searchAsDiscordHasIt, options: [extra, ...searchAsDiscordHasIt.options] };
    expect(sameCommands([swapped], [twoOptions])).toBe(false);
  });

  it('sees a command added or removed as a change, but not commands listed in another order', () => {
    const brief = definitions.find((d) => d.name === 'brief')!;
    const briefAsDiscordHasIt = { ...brief, id: '1', application_id: ids.application, version: '1', type: 1, default_member_permissions: null, nsfw: false };
    expect(sameCommands([searchAsDiscordHasIt], [search, brief])).toBe(false);
    expect(sameCommands([searchAsDiscordHasIt, briefAsDiscordHasIt], [search])).toBe(false);
    expect(sameCommands([briefAsDiscordHasIt, searchAsDiscordHasIt], [search, brief])).toBe(true);
  });

  it('compares contexts and permissions only as far as we set them', () => {
    expect(sameCommands([searchAsDiscordHasIt], [{ ...search, contexts: [0] }])).toBe(false);
    expect(sameCommands([{ ...searchAsDiscordHasIt, contexts: [0] }], [{ ...search, contexts: [0] }])).toBe(true);
    expect(sameCommands([searchAsDiscordHasIt], [{ ...search, default_member_permissions: '32' }])).toBe(false);
  });
});

describe('npm run register (registerFromConfig)', () => {
  let fake: FakeDiscord;

  beforeAll(async () => {
    fake = await startFakeDiscord();
  });

  afterAll(async () => {
    await fake?.close();
  });

  const config = (guild: boolean) =>
    loadConfig({ DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl, ...(guild ? { DISCORD_GUILD_ID: ids.guild } : {}) });

  it('registers to the guild, then sends nothing while the commands stay the same', async () => {
    const logger = createCapturingLogger();
    expect(await registerFromConfig(config(true), definitions, logger)).toMatchObject({ scope: 'guild', changed: true });
    expect(await registerFromConfig(config(true), definitions, logger)).toMatchObject({ scope: 'guild', changed: false });
    expect(fake.find('PUT', `/applications/${ids.application}/guilds/${ids.guild}/commands`)).toHaveLength(1);
    expect(fake.find('GET', '/applications/@me')).toHaveLength(2);
  });

  it('registers again when a definition changed', async () => {
    const changed = definitions.map((d) => (d.name === 'brief' ? { ...d, description: 'The latest news, briefly' } : d));
    expect(await registerFromConfig(config(true), changed, createCapturingLogger())).toMatchObject({ changed: true });
    expect(fake.find('PUT', `/applications/${ids.application}/guilds/${ids.guild}/commands`)).toHaveLength(2);
  });

  it('registers globally without a guild id', async () => {
    expect(await registerFromConfig(config(false), definitions, createCapturingLogger())).toMatchObject({ scope: 'global', changed: true });
    expect(fake.find('PUT', `/applications/${ids.application}/commands`)).toHaveLength(1);
  });

  it('refuses to run without a token', async () => {
    await expect(registerFromConfig(loadConfig({}), definitions, createCapturingLogger())).rejects.toThrow(/DISCORD_TOKEN/);
  });
});
