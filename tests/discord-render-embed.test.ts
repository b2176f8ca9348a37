import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { notice, type Reply } from '../src/replies/reply.js';
import { fitText } from '../src/transports/discord/fit-text.js';
import { EMBED_LIMITS, renderReply } from '../src/transports/discord/render-embed.js';

const seed = readFileSync('seeds/000_1eac8ca87cd292f6.txt', 'utf8').split(/\n\s*\n/).slice(3, -1).join('\n\n');
const ferries = (JSON.parse(readFileSync('tests/fixtures/discord-news/island-ferries.json', 'utf8')) as { title: string; body: string }[]);
const ferryText = ferries.map((f) => f.body).join('\n\n');
const longText = `${seed}\n\n${ferryText}`;

function embedSize(reply: Reply): number {
  const e = renderReply(reply).embeds[0];
  return (e.title ?? '').length + (e.description ?? '').length + (e.footer?.text ?? '').length + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
}

describe('fitText', () => {
  it('leaves text that fits alone', () => {
    expect(fitText(seed, seed.length)).toBe(seed);
  });

  it('cuts at a word, marks the cut with an ellipsis and stays within the limit', () => {
    const cut = fitText(seed, 200);
    expect(cut.length).toBeLessThanOrEqual(200);
    expect(cut.endsWith('…')).toBe(true);
    expect(seed.startsWith(cut.slice(0, -1))).toBe(true);
    expect(seed.charAt(cut.length - 1)).toMatch(/[\s,]/);
  });

  it('closes bold markup the cut went through', () => {
    const text = 'Russian President Vladimir Putin and North Korean leader **Kim Jong Un met Wednesday afternoon in the Russian Far East**, Tass said.';
    const cut = fitText(text, 80);
    expect(cut.length).toBeLessThanOrEqual(80);
    expect((cut.match(/\*\*/g) ?? []).length % 2).toBe(0);
    expect(cut).toMatch(/\*\*…$/);
  });

  it('never leaves a lone escape at the cut', () => {
    // An escaped handle with no space to cut at: the cut lands right after a backslash.
    const text = `Posted by ${'harbourferry'.repeat(8).slice(0, 88)}\\_news_desk`;
    expect(text.charAt(98)).toBe('\\');
    const cut = fitText(text, 100);
    expect(cut).toHaveLength(99);
    expect(cut.endsWith('\\…')).toBe(false);
  });

  it('cuts even text with no spaces at all, and tiny limits', () => {
    expect(fitText('x'.repeat(5000), 1024)).toHaveLength(1024);
    expect(fitText('Vostochny Cosmodrome', 3)).toHaveLength(3);
    expect(fitText('Vostochny', 0)).toBe('');
  });
});

describe('renderReply', () => {
  it('renders a reply as one embed with its title, link, text, fields, footer and a colour for its tone', () => {
    const rendered = renderReply({
      title: ferries[0]!.title,
      url: 'https://news.example/ferries',
      text: ferries[0]!.body,
      fields: [{ name: 'Place', value: 'Oban', inline: true }],
      footer: 'id **2024**-02-06',
    });
    expect(rendered.embeds).toHaveLength(1);
    expect(rendered.embeds[0]).toMatchObject({
      title: ferries[0]!.title,
      url: 'https://news.example/ferries',
      description: ferries[0]!.body,
      fields: [{ name: 'Place', value: 'Oban', inline: true }],
      footer: { text: 'id 2024-02-06' },
    });
    expect(typeof rendered.embeds[0].color).toBe('number');
    expect(rendered.allowedMentions).toEqual({ parse: [] });
    expect(rendered.ephemeral).toBe(false);
  });

  it('makes a notice private and short', () => {
    const rendered = renderReply(notice(longText));
    expect(rendered.ephemeral).toBe(true);
    expect(rendered.embeds[0].description!.length).toBeLessThanOrEqual(1000);
  });

  it('cuts a description over 4096 characters at a word', () => {
    const text = `${longText}\n\n${longText}`;
    expect(text.length).toBeGreaterThan(EMBED_LIMITS.description);
    const description = renderReply({ text }).embeds[0].description!;
    expect(description.length).toBeLessThanOrEqual(EMBED_LIMITS.description);
    expect(description.endsWith('…')).toBe(true);
  });

  it('keeps 25 fields at most and says how many more there were', () => {
    const fields = Array.from({ length: 30 }, (_, i) => ({ name: ferries[i % 7]!.title, value: ferries[i % 7]!.title }));
    const embed = renderReply({ fields, footer: 'Page 1' }).embeds[0];
    expect(embed.fields).toHaveLength(25);
    expect(embed.footer!.text).toBe('Page 1 · 5 more not shown');
  });

  it('cuts field names to 256 and values to 1024, and fills empty ones', () => {
    const embed = renderReply({ fields: [{ name: longText, value: longText }, { name: '', value: '  ' }] }).embeds[0];
    expect(embed.fields![0]!.name.length).toBeLessThanOrEqual(EMBED_LIMITS.fieldName);
    expect(embed.fields![0]!.value.length).toBeLessThanOrEqual(EMBED_LIMITS.fieldValue);
    expect(embed.fields![0]!.value.endsWith('…')).toBe(true);
    expect(embed.fields![1]).toEqual({ name: '\u200b', value: '\u200b' });
  });

  it('keeps the whole embed within 6000 characters: the text gives way first, then fields from the end', () => {
    const reply: Reply = {
      title: longText,
      text: `${longText}\n\n${longText}`,
      fields: ferries.map((f) => ({ name: f.title, value: `${f.body} ${seed}` })),
      footer: longText,
    };
    const embed = renderReply(reply).embeds[0];
    expect(embedSize(reply)).toBeLessThanOrEqual(EMBED_LIMITS.total);
    expect(embed.title!.length).toBeLessThanOrEqual(EMBED_LIMITS.title);
    expect(embed.footer!.text.length).toBeLessThanOrEqual(EMBED_LIMITS.footer);
    expect(embed.description!.length).toBeGreaterThanOrEqual(900);
    expect(embed.fields![0]!.name).toBe(ferries[0]!.title);
    expect(embed.footer!.text).toMatch(/ · \d+ more not shown$/);
  });

  it('never produces an empty embed', () => {
    expect(renderReply({}).embeds[0].description).toBe('\u200b');
  });

  it('drops a link Discord would refuse as the embed url', () => {
    expect(renderReply({ title: 'Ferry fares', url: 'not a url' }).embeds[0].url).toBeUndefined();
  });

  it('puts buttons five to a row, then links, and leaves out ids it could not route', () => {
    const buttons = Array.from({ length: 7 }, (_, i) => ({ id: `search:p:${i}`, label: `Page ${i}` }));
    const rows = renderReply({
      buttons: [...buttons, { id: 'search:p:0', label: 'Twice' }, { id: `search:${'q'.repeat(100)}`, label: 'Too long' }, { id: 'article:card:x', label: ferries[0]!.body, style: 'primary', disabled: true }],
      links: [{ label: 'Read at the source', url: 'https://news.example/a' }, { label: 'Bad', url: 'ftp://news.example/b' }],
    }).components;
    expect(rows.map((r) => r.components.length)).toEqual([5, 4]);
    const all = rows.flatMap((r) => r.components);
    expect(all.filter((b) => 'custom_id' in b && b.custom_id === 'search:p:0')).toHaveLength(1);
    const long = all.find((b) => 'custom_id' in b && b.custom_id === 'article:card:x')!;
    expect(long).toMatchObject({ style: 1, disabled: true });
    expect(('label' in long ? long.label : '')!.length).toBeLessThanOrEqual(80);
    expect(all.at(-1)).toEqual({ type: 2, style: 5, label: 'Read at the source', url: 'https://news.example/a' });
  });

  it('keeps at most 25 buttons in 5 rows', () => {
    const buttons = Array.from({ length: 40 }, (_, i) => ({ id: `search:p:${i}`, label: String(i) }));
    const rows = renderReply({ buttons }).components;
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r.components.length === 5)).toBe(true);
  });

  it('attaches a picture and shows it in the embed', () => {
    const data = new Uint8Array([137, 80, 78, 71]);
    const rendered = renderReply({ title: 'Mentions', image: { name: 'who is mentioned.png', data, description: 'Bar chart of names' } });
    expect(rendered.files).toEqual([{ attachment: Buffer.from(data), name: 'who_is_mentioned.png', description: 'Bar chart of names' }]);
    expect(rendered.embeds[0].image).toEqual({ url: 'attachment://who_is_mentioned.png' });
  });
});
