import { stripMarkup } from '../../replies/markdown.js';
import type { Reply } from '../../replies/reply.js';

/** A reply as plain text for a terminal. Buttons become numbered choices the operator can type. */
export function renderText(reply: Reply): string {
  const out: string[] = [];
  if (reply.title) out.push(`== ${stripMarkup(reply.title)} ==`);
  if (reply.url) out.push(reply.url);
  if (reply.text) out.push(stripMarkup(reply.text));
  for (const field of reply.fields ?? []) {
    out.push('', `# ${stripMarkup(field.name)}`, stripMarkup(field.value));
  }
  if (reply.image) out.push('', `[picture: ${reply.image.description}]`);
  for (const link of reply.links ?? []) out.push(`${link.label}: ${link.url}`);
  if (reply.footer) out.push('', `(${stripMarkup(reply.footer)})`);
  const buttons = (reply.buttons ?? []).filter((b) => !b.disabled);
  if (buttons.length) out.push('', buttons.map((b, i) => `[${i + 1}] ${b.label}`).join('   '));
  return out.join('\n');
}
