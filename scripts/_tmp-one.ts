import { analyze } from '../src/language/pipeline.js';
const text = process.argv[2]!;
const a = analyze({ id: 'x', title: 'T', date: '2024-01-01', source: 'S', body: text, paragraphs: [text] } as any);
for (const e of a.entities) console.log(e.key, '|', e.name, '|', e.mentions.map((m: any) => m.text).join(', '));
