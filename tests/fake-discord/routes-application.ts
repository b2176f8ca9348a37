import type { ApiCommand } from './fake-state.js';
import { discordError, ok, type Route } from './router.js';
import { ids } from './world.js';

/** Gateway lookup, the application, and command registration (guild and global). */
export function applicationRoutes(gatewayUrl: () => string): Route[] {
  const checkApp = (app: string | undefined) => app === ids.application;
  return [
    {
      method: 'GET',
      pattern: /^\/gateway\/bot$/,
      handle: (_req, state) =>
        ok({
          url: gatewayUrl(),
          shards: state.recommendedShards,
          session_start_limit: { total: 1000, remaining: 1000, reset_after: 86_400_000, max_concurrency: state.recommendedShards },
        }),
    },
    {
      method: 'GET',
      pattern: /^\/applications\/@me$/,
      handle: () => ok({ id: ids.application, name: 'newsdesk', icon: null, description: '', bot_public: false, bot_require_code_grant: false, flags: 0, verify_key: '00' }),
    },
    {
      method: 'GET',
      pattern: /^\/applications\/(?<app>\d+)\/commands$/,
      handle: (req, state) => (checkApp(req.params.app) ? ok(state.globalCommands) : discordError(404, 10002, 'Unknown Application')),
    },
    {
      method: 'PUT',
      pattern: /^\/applications\/(?<app>\d+)\/commands$/,
      handle: (req, state) =>
        checkApp(req.params.app) ? ok(state.storeCommands(req.body as ApiCommand[])) : discordError(404, 10002, 'Unknown Application'),
    },
    {
      method: 'GET',
      pattern: /^\/applications\/(?<app>\d+)\/guilds\/(?<guild>\d+)\/commands$/,
      handle: (req, state) => {
        if (!checkApp(req.params.app)) return discordError(404, 10002, 'Unknown Application');
        if (!state.hasGuild(req.params.guild)) return discordError(403, 50001, 'Missing Access');
        return ok(state.guildCommands.get(req.params.guild ?? '') ?? []);
      },
    },
    {
      method: 'PUT',
      pattern: /^\/applications\/(?<app>\d+)\/guilds\/(?<guild>\d+)\/commands$/,
      handle: (req, state) => {
        if (!checkApp(req.params.app)) return discordError(404, 10002, 'Unknown Application');
        if (!state.hasGuild(req.params.guild)) return discordError(403, 50001, 'Missing Access');
        return ok(state.storeCommands(req.body as ApiCommand[], req.params.guild ?? ''));
      },
    },
  ];
}
