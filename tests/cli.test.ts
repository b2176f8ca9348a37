import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fileTempFolder } from './temp-folder.js';

const run = promisify(execFile);
const dataDir = fileTempFolder('newsdesk-cli-');

async function cli(...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/transports/cli/main.ts', ...args], {
    env: { ...process.env, DATA_DIR: dataDir(), SEEDS_DIR: 'seeds', DISCORD_TOKEN: '', LOG_LEVEL: 'warn' },
    timeout: 60_000,
  });
  return stdout;
}

describe('one-shot cli', { timeout: 90_000 }, () => {
  it('lists the seed article first for "kim jong un", and shows it with its dateline facts', async () => {
    const search = JSON.parse(await cli('search', 'kim jong un', '--json')) as { fields: { name: string; value: string }[] };
    expect(search.fields[0]?.name).toContain('Putin, Kim Jong Un meet at space launch facility in Russia: Tass');
    const id = /`([^`]+)`/.exec(search.fields[0]!.value)![1]!;

    const article = await cli('article', id);
    expect(article).toContain('Putin, Kim Jong Un meet at space launch facility in Russia: Tass');
    expect(article).toContain('2023-09-13 (inferred)');
    for (const fact of ['Tokyo', 'AJMEDIA', 'Tass']) expect(article).toContain(fact);
    expect(article).not.toMatch(/Site icon|Exit mobile version/);
  });

  it('prints a parsed file with how its date was found', async () => {
    const [parsed] = JSON.parse(await cli('inspect', 'seeds/000_1eac8ca87cd292f6.txt')) as Record<string, unknown>[];
    expect(parsed).toMatchObject({ date: '2023-09-13', dateSource: 'inferred', place: 'Tokyo', source: 'AJMEDIA', via: 'Tass', encoding: 'utf-8' });
    expect(parsed?.chromeDropped).toHaveLength(2);
  });
});
