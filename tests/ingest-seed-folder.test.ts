import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Archive } from '../src/articles/archive.js';
import { ManualClock } from '../src/clock.js';
import { ingestDocuments } from '../src/ingest/ingestion.js';
import { readSeedFolder } from '../src/ingest/seed-folder.js';
import { analyze, ANALYSIS_VERSION } from '../src/language/pipeline.js';
import { createCapturingLogger } from '../src/logger.js';
import { createMemoryArticleStore } from '../src/store/article-store.js';
import { tempFolder } from './temp-folder.js';

const STORY = `Harbour News

Seal numbers rise along the coast

Esbjerg, 12 June 2024 /NORDWIRE/

Volunteers counted more than two hundred harbour seals on the sandbanks near Esbjerg on Wednesday, the highest number in a decade.

The count is run each summer by the local wildlife trust.
`;

function folder(files: Record<string, string | Buffer>): string {
  const dir = tempFolder('newsdesk-seeds-');
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

async function load(dir: string) {
  const logger = createCapturingLogger();
  const docs = await readSeedFolder(dir, { logger });
  const archive = new Archive();
  const deps = { clock: new ManualClock('2026-11-29T12:00:00Z'), logger, store: createMemoryArticleStore(), archive, analyze, analysisVersion: ANALYSIS_VERSION };
  const result = await ingestDocuments(docs, 'seed', deps);
  return { logger, archive, result };
}

describe('seed folder', () => {
  it('reads a Windows-1252 page with its accents right', async () => {
    const text = STORY.replace('Volunteers', 'Volontaires from São Paulo and Zürich, with Ms. Müller,');
    const { archive } = await load(folder({ 'cp1252.txt': Buffer.from(text, 'latin1') }));
    expect(archive.all()[0]?.paragraphs[0]).toContain('São Paulo and Zürich, with Ms. Müller');
  });

  it('reads a UTF-8 page with a byte-order mark', async () => {
    const { archive } = await load(folder({ 'bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(STORY.replace('Esbjerg,', 'Århus,'))]) }));
    expect(archive.all()[0]?.place).toBe('Århus');
  });

  it('skips an empty, a binary, an oversized and a duplicate file, one log line each, and loads the rest', async () => {
    const dir = folder({
      'a-good.txt': STORY,
      'b-empty.txt': '',
      'c-binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02, 0x00, 0x1a]),
      'd-huge.txt': 'word '.repeat(1_100_000),
      'e-copy.txt': STORY,
    });
    const { logger, archive } = await load(dir);
    expect(archive.size).toBe(1);
    const warnings = logger.lines.filter((l) => l.level === 'warn').map((l) => l.message);
    expect(warnings).toHaveLength(4);
    expect(warnings.find((w) => w.includes('b-empty.txt'))).toMatch(/empty/);
    expect(warnings.find((w) => w.includes('c-binary.txt'))).toMatch(/binary/);
    expect(warnings.find((w) => w.includes('d-huge.txt'))).toMatch(/over 5 MB/);
    expect(warnings.find((w) => w.includes('e-copy.txt'))).toMatch(/duplicate of .*a-good\.txt/);
  });

  it('treats the same story in two formats as one article', async () => {
    const json = JSON.stringify({
      title: 'Seal numbers rise along the coast',
      body: 'Volunteers counted more than two hundred harbour seals on the sandbanks near Esbjerg on Wednesday, the highest number in a decade.\n\nThe count is run each summer by the local wildlife trust.',
      date: '2024-06-12',
    });
    const { archive, result } = await load(folder({ 'a.txt': STORY, 'b.json': json }));
    expect(archive.size).toBe(1);
    expect(result.skipped[0]?.reason).toMatch(/duplicate/);
  });

  it('reads .md with front matter, .json arrays and .jsonl lines', async () => {
    const md = `---\ntitle: Tram line opens in the old town\ndate: 2024-02-01\nsource: City Desk\n---\n\nThe first trams ran through the old town on Thursday after three years of works, **on time** and on budget.\n\nTickets cost the same as on buses.\n`;
    const arr = JSON.stringify([
      { title: 'Bakery wins national prize', text: 'A family bakery in the harbour district won the national bread prize on Monday for its rye loaf.', published: '2024-03-04T09:00:00Z' },
      { headline: 'Ferry timetable changes', content: 'The island ferry will sail every forty minutes from April instead of every hour, the operator said.', date: '2024-03-05' },
    ]);
    const lines = [
      JSON.stringify({ title: 'School roof repaired', body: 'Builders finished repairing the roof of the primary school during the half-term holiday, the council said.' }),
      '',
      JSON.stringify({ title: 'Library extends hours', body: 'The central library will open until eight in the evening on weekdays from next month, the council said.' }),
    ].join('\n');
    const { archive } = await load(folder({ 'tram.md': md, 'many.json': arr, 'lines.jsonl': lines }));
    const titles = archive.all().map((a) => a.title);
    expect(titles).toEqual(expect.arrayContaining(['Tram line opens in the old town', 'Bakery wins national prize', 'Ferry timetable changes', 'School roof repaired', 'Library extends hours']));
    const tram = archive.all().find((a) => a.title.startsWith('Tram'))!;
    expect(tram).toMatchObject({ date: '2024-02-01', dateSource: 'stated', source: 'City Desk' });
    expect(tram.paragraphs[0]).toContain('on time and on budget');
  });

  it('keeps a .md body whole when its first sentence opens with the front-matter title', async () => {
    const md = `---\ntitle: Floods\ndate: 2024-04-09\n---\n\nFloods closed the ring road around Passau on Tuesday as the Danube rose above its banks for a second day.\n\nSchools in the old town stay shut until Thursday.\n`;
    const { archive } = await load(folder({ 'floods.md': md }));
    const [article] = archive.all();
    expect(article?.title).toBe('Floods');
    expect(article?.paragraphs).toEqual([
      'Floods closed the ring road around Passau on Tuesday as the Danube rose above its banks for a second day.',
      'Schools in the old town stay shut until Thursday.',
    ]);
  });

  it('names the file and the reason when a JSON file is malformed', async () => {
    const { logger, archive } = await load(folder({ 'bad.json': '{"title": "x", ', 'no-body.json': '{"title":"Only a title"}', 'ok.txt': STORY }));
    expect(archive.size).toBe(1);
    const text = logger.text();
    expect(text).toMatch(/bad\.json/);
    expect(text).toMatch(/no-body\.json.*needs a "body"/);
  });

  it('starts with no seeds when the folder does not exist', async () => {
    const { logger, archive } = await load('/nonexistent/newsdesk-seeds');
    expect(archive.size).toBe(0);
    expect(logger.text()).toMatch(/seed folder unreadable/);
  });
});
