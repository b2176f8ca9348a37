import { answerOf } from './answers.js';
import { startFakeDiscord } from './fake-discord.js';
import { opt } from './interactions.js';
import { ids } from './world.js';

/**
 * A manual check of `npm start` against the fake: `npx tsx tests/fake-discord/serve.ts`, then start the
 * bot with the printed environment in another shell. Once the bot has connected, the fake sends it
 * `/search kim jong un` and prints what came back. Ctrl-C ends it.
 */
async function main(): Promise<void> {
  const fake = await startFakeDiscord();
  console.log('fake Discord listening; start the bot with:');
  console.log(`  DISCORD_TOKEN=${fake.token} DISCORD_API_URL=${fake.apiUrl} DISCORD_GUILD_ID=${ids.guild} npm start`);
  await fake.gateway.whenReady();
  console.log('a bot identified; waiting for its commands…');
  await fake.waitFor((r) => r.path.endsWith('/commands') && (r.method === 'PUT' || r.method === 'GET'), 60_000);
  const answer = await answerOf(fake, fake.slashCommand('search', [opt.string('query', 'kim jong un')]), 30_000);
  const embed = answer.message.embeds?.[0];
  console.log(`answer (callback type ${answer.callbackType}, via ${answer.via}): ${embed?.title}`);
  for (const field of embed?.fields ?? []) console.log(`  ${field.name}\n    ${field.value.split('\n').join('\n    ')}`);
  console.log('requests so far:');
  for (const r of fake.requests) console.log(`  ${r.method} ${r.path} -> ${r.status}`);
  const stop = async () => {
    await fake.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

void main();
