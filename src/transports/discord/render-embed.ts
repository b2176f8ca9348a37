import type { APIActionRowComponent, APIButtonComponent, APIEmbed, APIEmbedField } from 'discord.js';
import type { Reply } from '../../replies/reply.js';
import { fitText, nonEmpty, plainLine } from './fit-text.js';
import { renderButtons } from './render-buttons.js';

/** Discord's embed limits (characters). The total counts title, description, field names and values, footer. */
export const EMBED_LIMITS = { title: 256, description: 4096, fields: 25, fieldName: 256, fieldValue: 1024, footer: 2048, total: 6000 } as const;
/** A notice is a short private hint, not a page of text. */
export const NOTICE_LIMIT = 1000;
/** When the total is over, the description keeps at least this much before fields are dropped. */
const DESCRIPTION_FLOOR = 1000;

const COLOURS: Record<NonNullable<Reply['tone']>, number> = { normal: 0x2f6fdf, notice: 0x8a94a6, error: 0xd0393e };

export interface RenderedFile {
  attachment: Buffer;
  name: string;
  description: string;
}

/** A reply as one Discord message: exactly one embed, its buttons, its picture, and never a ping. */
export interface RenderedMessage {
  embeds: [APIEmbed];
  components: APIActionRowComponent<APIButtonComponent>[];
  files: RenderedFile[];
  allowedMentions: { parse: [] };
  ephemeral: boolean;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function isWebUrl(url: string | undefined): url is string {
  if (!url || url.length > 2048) return false;
  return /^https?:\/\/[^\s]+$/i.test(url);
}

/** Attachment names Discord keeps as they are (it rewrites others, and `attachment://` would miss). */
export function attachmentName(name: string): string {
  const safe = name.replace(/[^\w.-]+/g, '_').replace(/^[._]+/, '');
  return safe || 'picture.png';
}

/** The footer, ending with how many fields did not fit (that note is never the part cut off). */
function footerText(base: string, hidden: number): string {
  const note = hidden > 0 ? `${hidden} more not shown` : '';
  if (!note) return fitText(base, EMBED_LIMITS.footer);
  return base ? `${fitText(base, EMBED_LIMITS.footer - note.length - 3)} · ${note}` : note;
}

/** Renders a Reply within every Discord limit. It cannot fail: what does not fit is cut and marked. */
export function renderReply(reply: Reply): RenderedMessage {
  const isNotice = reply.tone === 'notice';
  const title = reply.title ? fitText(oneLine(reply.title), EMBED_LIMITS.title) : '';
  const footerBase = reply.footer ? plainLine(reply.footer) : '';
  let description = reply.text ? fitText(reply.text.trim(), isNotice ? NOTICE_LIMIT : EMBED_LIMITS.description) : '';
  const allFields = (reply.fields ?? []).map((f) => ({
    name: nonEmpty(fitText(oneLine(f.name), EMBED_LIMITS.fieldName)),
    value: nonEmpty(fitText(f.value.trim(), EMBED_LIMITS.fieldValue)),
    ...(f.inline ? { inline: true } : {}),
  }));
  const fields: APIEmbedField[] = allFields.slice(0, EMBED_LIMITS.fields);
  let hidden = allFields.length - fields.length;
  let footer = footerText(footerBase, hidden);

  const size = () => title.length + description.length + footer.length + fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
  const roomForDescription = () => EMBED_LIMITS.total - (size() - description.length);
  if (size() > EMBED_LIMITS.total) {
    // The main text gives way first, down to a readable length; then fields go from the end.
    const keep = Math.max(Math.min(description.length, DESCRIPTION_FLOOR), roomForDescription());
    if (description.length > keep) description = fitText(description, keep);
    while (size() > EMBED_LIMITS.total && fields.length > 0) {
      fields.pop();
      hidden += 1;
      footer = footerText(footerBase, hidden);
    }
    if (size() > EMBED_LIMITS.total) description = fitText(description, Math.max(0, roomForDescription()));
  }

  const embed: APIEmbed = { color: COLOURS[reply.tone ?? 'normal'] };
  if (title) embed.title = title;
  if (title && isWebUrl(reply.url)) embed.url = reply.url;
  if (description) embed.description = description;
  if (fields.length) embed.fields = fields;
  if (footer) embed.footer = { text: footer };
  const files: RenderedFile[] = [];
  if (reply.image) {
    const name = attachmentName(reply.image.name);
    files.push({ attachment: Buffer.from(reply.image.data), name, description: fitText(plainLine(reply.image.description), 1024) });
    embed.image = { url: `attachment://${name}` };
  }
  if (!title && !description && !fields.length && !footer && !files.length) embed.description = '\u200b';

  return {
    embeds: [embed],
    components: renderButtons(reply.buttons, reply.links),
    files,
    allowedMentions: { parse: [] },
    ephemeral: reply.ephemeral === true || isNotice,
  };
}
