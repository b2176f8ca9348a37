import { describe, expect, it } from 'vitest';
import { briefCommand } from '../commands/brief.js';
import type { CommandContext } from '../commands/command.js';
import { resolveTarget } from '../src/briefing/brief-target.js';
import { ManualClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { createCapturingLogger } from '../src/logger.js';
import { createArticleIndex } from '../src/search/article-index.js';
import type { Services } from '../src/services.js';
import { fixtureArchive } from './brief-fixtures.js';

const alice: CommandContext = { userId: '111111111111111111', userName: 'alice', canManageGuild: false };
const { archive, briefings } = fixtureArchive();
const clock = new ManualClock(new Date('2024-06-01T09:00:00Z'));
const logger = createCapturingLogger();
const services: Services = { config: loadConfig({}), logger, clock, archive, search: createArticleIndex(archive, { clock, logger }), briefings };
const brief = (about: string) => briefCommand.execute({ options: { about } }, alice, services);

describe('/brief about: words that name no one', () => {
  it('briefs on the story of the article holding every word, and says it was found that way', async () => {
    expect(resolveTarget(briefings, 'crane strike pay').kind).toBe('unknown');
    const reply = await brief('crane strike pay');
    expect(reply.title).toMatch(/^Story: Rotterdam crane operators strike/);
    expect(reply.text!.split('\n')[0]).toBe('The story that best matches “crane strike pay”.');
  });

  it('guesses nothing from a close spelling or from some of the words: it says nothing is called that', async () => {
    for (const about of ['crane strikke pay', 'crane strike moonbase']) {
      const reply = await brief(about);
      expect(reply.text ?? reply.title ?? '').toMatch(/^Nothing in the archive is called/);
    }
  });

  it('offers no names when none is near what was typed, rather than the most frequent ones', () => {
    expect(resolveTarget(briefings, 'zzqx blorf')).toEqual({ kind: 'unknown', nearest: [] });
    expect(resolveTarget(briefings, 'Markus Feldmann')).toMatchObject({ kind: 'unknown', nearest: ['Markus Feldner'] });
  });
});
