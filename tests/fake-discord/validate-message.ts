/**
 * Discord's message limits, checked the way Discord checks them: a message that breaks one is refused
 * with 400 and code 50035 (Invalid Form Body), so a renderer bug fails the end-to-end test loudly.
 */
interface Embed {
  title?: string;
  description?: string;
  url?: string;
  fields?: { name?: string; value?: string }[];
  footer?: { text?: string };
  author?: { name?: string };
  image?: { url?: string };
}

interface Component {
  type: number;
  style?: number;
  custom_id?: string;
  label?: string;
  url?: string;
  components?: Component[];
}

const len = (s: string | undefined) => (s ?? '').length;

function embedProblems(embed: Embed, at: string): string[] {
  const out: string[] = [];
  if (len(embed.title) > 256) out.push(`${at}.title over 256`);
  if (len(embed.description) > 4096) out.push(`${at}.description over 4096`);
  if (len(embed.footer?.text) > 2048) out.push(`${at}.footer.text over 2048`);
  const fields = embed.fields ?? [];
  if (fields.length > 25) out.push(`${at}.fields: more than 25`);
  fields.forEach((f, i) => {
    if (!f.name || len(f.name) > 256) out.push(`${at}.fields[${i}].name must be 1–256 characters`);
    if (!f.value || len(f.value) > 1024) out.push(`${at}.fields[${i}].value must be 1–1024 characters`);
  });
  if (embed.url !== undefined && !/^https?:\/\//.test(embed.url)) out.push(`${at}.url is not a URL`);
  if (embed.image?.url !== undefined && !/^(https?|attachment):\/\//.test(embed.image.url)) out.push(`${at}.image.url is not a URL`);
  return out;
}

function embedSize(embed: Embed): number {
  const fields = (embed.fields ?? []).reduce((n, f) => n + len(f.name) + len(f.value), 0);
  return len(embed.title) + len(embed.description) + len(embed.footer?.text) + len(embed.author?.name) + fields;
}

function componentProblems(rows: Component[]): string[] {
  const out: string[] = [];
  if (rows.length > 5) out.push('components: more than 5 rows');
  const seen = new Set<string>();
  rows.forEach((row, r) => {
    if (row.type !== 1) out.push(`components[${r}] is not an action row`);
    const buttons = row.components ?? [];
    if (buttons.length === 0 || buttons.length > 5) out.push(`components[${r}] must hold 1–5 buttons`);
    buttons.forEach((b, i) => {
      const at = `components[${r}].components[${i}]`;
      if (b.type !== 2) out.push(`${at} is not a button`);
      if (len(b.label) > 80) out.push(`${at}.label over 80`);
      if (b.style === 5) {
        if (!b.url || b.custom_id !== undefined) out.push(`${at}: a link button needs a url and no custom_id`);
      } else if (!b.custom_id || len(b.custom_id) > 100) out.push(`${at}.custom_id must be 1–100 characters`);
      else if (seen.has(b.custom_id)) out.push(`${at}.custom_id is used twice`);
      else seen.add(b.custom_id);
    });
  });
  return out;
}

/** Problems with a message body (create, edit, or the `data` of an interaction callback). */
export function messageProblems(body: unknown): string[] {
  if (!body || typeof body !== 'object') return [];
  const message = body as { content?: string; embeds?: Embed[]; components?: Component[] };
  const out: string[] = [];
  if (len(message.content) > 2000) out.push('content over 2000');
  const embeds = message.embeds ?? [];
  if (embeds.length > 10) out.push('more than 10 embeds');
  embeds.forEach((e, i) => out.push(...embedProblems(e, `embeds[${i}]`)));
  if (embeds.reduce((n, e) => n + embedSize(e), 0) > 6000) out.push('embeds: over 6000 characters in all');
  out.push(...componentProblems(message.components ?? []));
  return out;
}
