import type { FakeState, InteractionRecord } from './fake-state.js';
import { discordError, invalidForm, noContent, ok, type Route, type RouteAnswer, type RouteRequest } from './router.js';
import { messageProblems } from './validate-message.js';
import { ids } from './world.js';

const LOADING = 128;

/** A callback's or a webhook's message data: the payload, with `attachments` described by its files. */
function withFiles(state: FakeState, channelId: string, req: RouteRequest, data: Record<string, unknown>, id?: string): Record<string, unknown> {
  return state.message(channelId, data, req.files, id);
}

function callback(req: RouteRequest, state: FakeState): RouteAnswer {
  const interaction = state.interactions.get(req.params.id ?? '');
  if (!interaction || interaction.token !== req.params.token) return discordError(404, 10062, 'Unknown interaction');
  if (interaction.acknowledgedWith !== undefined) return discordError(400, 40060, 'Interaction has already been acknowledged.');
  const body = (req.body ?? {}) as { type?: number; data?: Record<string, unknown> };
  const data = body.data ?? {};
  if (body.type === 4 || body.type === 7) {
    const problems = messageProblems(data);
    if (problems.length) return invalidForm(problems);
  }
  switch (body.type) {
    case 4:
      interaction.original = withFiles(state, interaction.channelId, req, data);
      break;
    case 5:
      interaction.original = state.message(interaction.channelId, { flags: (Number(data.flags ?? 0) | LOADING) }, []);
      break;
    case 6:
    case 7:
      if (interaction.type !== 3 || !interaction.message) return discordError(400, 40043, 'This interaction type cannot update a message.');
      interaction.original = body.type === 7 ? updated(state, interaction, req, data) : interaction.message;
      break;
    case 8:
      if (interaction.type !== 4) return discordError(400, 50035, 'Invalid Form Body', { errors: { type: 'autocomplete result outside autocomplete' } });
      break;
    default:
      return discordError(400, 50035, 'Invalid Form Body', { errors: { type: `unknown callback type ${String(body.type)}` } });
  }
  interaction.acknowledgedWith = body.type;
  if (interaction.original) state.store(interaction.original);
  return noContent;
}

/** An edit keeps what the payload leaves out; `attachments: []` drops the old files. */
function updated(state: FakeState, interaction: InteractionRecord, req: RouteRequest, data: Record<string, unknown>): Record<string, unknown> {
  const base = interaction.original ?? interaction.message ?? {};
  const fresh = withFiles(state, interaction.channelId, req, { ...base, ...data }, String(base.id ?? state.nextId()));
  const keepOld = !('attachments' in data) && req.files.length === 0;
  const flags = (Number(base.flags ?? 0) & ~LOADING) | Number(data.flags ?? 0);
  return { ...fresh, flags, attachments: keepOld ? (base.attachments ?? []) : fresh.attachments };
}

function byToken(req: RouteRequest, state: FakeState): InteractionRecord | RouteAnswer {
  if (req.params.app !== ids.application) return discordError(404, 10015, 'Unknown Webhook');
  const interaction = state.interactionByToken(req.params.token ?? '');
  if (!interaction) return discordError(401, 50027, 'Invalid Webhook Token');
  if (interaction.acknowledgedWith === undefined || interaction.acknowledgedWith === 8) return discordError(404, 10008, 'Unknown Message');
  return interaction;
}

const isAnswer = (x: InteractionRecord | RouteAnswer): x is RouteAnswer => 'status' in x;

/** Interaction callbacks and the interaction webhook (edit original, follow-ups, delete). */
export function interactionRoutes(): Route[] {
  const webhook = /^\/webhooks\/(?<app>\d+)\/(?<token>[^/]+)/;
  const messagePath = new RegExp(`${webhook.source}\\/messages\\/(?<message>@original|\\d+)$`);
  return [
    { method: 'POST', public: true, pattern: /^\/interactions\/(?<id>\d+)\/(?<token>[^/]+)\/callback$/, handle: callback },
    {
      method: 'PATCH',
      public: true,
      pattern: messagePath,
      handle: (req, state) => {
        const interaction = byToken(req, state);
        if (isAnswer(interaction)) return interaction;
        const problems = messageProblems(req.body);
        if (problems.length) return invalidForm(problems);
        if (req.params.message === '@original') {
          interaction.original = updated(state, interaction, req, (req.body ?? {}) as Record<string, unknown>);
          state.store(interaction.original);
          return ok(interaction.original);
        }
        const old = (state.messages.get(interaction.channelId) ?? []).find((m) => m.id === req.params.message);
        if (!old) return discordError(404, 10008, 'Unknown Message');
        const edited = { ...old, ...(req.body as Record<string, unknown>) };
        state.store(edited);
        return ok(edited);
      },
    },
    {
      method: 'DELETE',
      public: true,
      pattern: messagePath,
      handle: (req, state) => {
        const interaction = byToken(req, state);
        if (isAnswer(interaction)) return interaction;
        if (req.params.message === '@original') interaction.original = undefined;
        return noContent;
      },
    },
    {
      method: 'GET',
      public: true,
      pattern: messagePath,
      handle: (req, state) => {
        const interaction = byToken(req, state);
        if (isAnswer(interaction)) return interaction;
        return interaction.original ? ok(interaction.original) : discordError(404, 10008, 'Unknown Message');
      },
    },
    {
      method: 'POST',
      public: true,
      pattern: new RegExp(`${webhook.source}$`),
      handle: (req, state) => {
        const interaction = byToken(req, state);
        if (isAnswer(interaction)) return interaction;
        const problems = messageProblems(req.body);
        if (problems.length) return invalidForm(problems);
        const message = withFiles(state, interaction.channelId, req, (req.body ?? {}) as Record<string, unknown>);
        state.store(message);
        return req.query.wait === 'true' ? ok(message) : noContent;
      },
    },
  ];
}
