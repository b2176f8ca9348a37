import { readFileSync } from 'node:fs';

/**
 * An honest User-Agent: who we are, our version, where to read about us, and that we are a feed
 * reader, so publishers can recognise (and, if they wish, block) the bot.
 */
export function feedUserAgent(): string {
  let version = '0.0.0';
  let home: string | undefined;
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version?: string;
      homepage?: string;
      repository?: string | { url?: string };
    };
    version = pkg.version ?? version;
    const repository = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
    home = pkg.homepage ?? repository?.replace(/^git\+/, '').replace(/\.git$/, '');
  } catch {
    // Without package.json the bot still says what it is.
  }
  return `newsdesk/${version} (${home ? `+${home}; ` : ''}feed reader)`;
}
