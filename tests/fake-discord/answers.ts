import type { FakeDiscord } from './fake-discord.js';
import type { RecordedRequest } from './recorder.js';

export interface ApiEmbed {
  title?: string;
  description?: string;
  url?: string;
  color?: number;
  fields?: { name: string; value: string; inline?: boolean }[];
  footer?: { text: string };
  image?: { url: string };
}

export interface ApiButton {
  type: number;
  style: number;
  label?: string;
  custom_id?: string;
  url?: string;
  disabled?: boolean;
}

export interface ApiMessageBody {
  content?: string;
  embeds?: ApiEmbed[];
  components?: { type: number; components: ApiButton[] }[];
  flags?: number;
  allowed_mentions?: { parse?: string[] };
  attachments?: unknown[];
  choices?: { name: string; value: string }[];
}

/** How the bot answered one interaction, whether at once or after deferring. */
export interface Answer {
  /** The callback type: 4 reply, 5 deferred reply, 6 deferred update, 7 update, 8 autocomplete. */
  callbackType: number;
  /** The message as it finally reads (the callback's data, or the edit / follow-up after a defer). */
  message: ApiMessageBody;
  /** How the final message arrived. */
  via: 'callback' | 'edit' | 'follow-up';
  requests: RecordedRequest[];
}

export const EPHEMERAL = 64;

const isCallbackOf = (id: string) => (r: RecordedRequest) => r.method === 'POST' && r.path.startsWith(`/interactions/${id}/`) && r.status === 204;

/** Waits for the bot's answer to an interaction; after a defer, for the edit or follow-up that completes it. */
export async function answerOf(fake: FakeDiscord, identity: { id: string; token: string }, timeoutMs = 10_000): Promise<Answer> {
  const callback = await fake.waitFor(isCallbackOf(identity.id), timeoutMs);
  const body = callback.body as { type: number; data?: ApiMessageBody };
  if (body.type !== 5 && body.type !== 6) return { callbackType: body.type, message: body.data ?? {}, via: 'callback', requests: [callback] };
  const hook = `/webhooks/`;
  const finish = await fake.waitFor(
    (r) =>
      r.seq > callback.seq &&
      r.path.startsWith(hook) &&
      r.path.includes(`/${identity.token}`) &&
      ((r.method === 'PATCH' && r.path.endsWith('/messages/@original')) || (r.method === 'POST' && !r.path.includes('/messages/'))),
    timeoutMs,
  );
  return { callbackType: body.type, message: (finish.body ?? {}) as ApiMessageBody, via: finish.method === 'PATCH' ? 'edit' : 'follow-up', requests: [callback, finish] };
}

/** Every request that sends or changes a message: replies, updates, edits, follow-ups and channel posts. */
export function messageSends(fake: FakeDiscord): RecordedRequest[] {
  return fake.requests.filter((r) => {
    if (r.method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(r.path)) {
      const type = (r.body as { type?: number }).type;
      return type === 4 || type === 7;
    }
    if (r.method === 'PATCH' && r.path.startsWith('/webhooks/')) return true;
    if (r.method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(r.path)) return true;
    return r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path);
  });
}

/** The message body of a send, whichever kind it was. */
export function sentMessage(request: RecordedRequest): ApiMessageBody {
  const body = request.body as ApiMessageBody & { type?: number; data?: ApiMessageBody };
  return request.path.startsWith('/interactions/') ? (body.data ?? {}) : body;
}

export function buttonsOf(message: ApiMessageBody): ApiButton[] {
  return (message.components ?? []).flatMap((row) => row.components);
}
