import type { Command } from '../../../commands/command.js';
import type { App } from '../../app.js';

export interface DiscordTransportOptions {
  app: App;
  commands: readonly Command[];
  token: string;
}

/** Placeholder: the Discord gateway transport. */
export async function startDiscordTransport(_options: DiscordTransportOptions): Promise<{ stop(): Promise<void> }> {
  throw new Error('Discord transport not built yet');
}
