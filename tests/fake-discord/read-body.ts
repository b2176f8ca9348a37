import type { IncomingMessage } from 'node:http';
import type { RecordedFile } from './recorder.js';

export interface ParsedBody {
  body: unknown;
  files: RecordedFile[];
}

async function readBytes(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * JSON bodies as they are; multipart bodies (messages with files) as Discord reads them: the
 * `payload_json` part is the message, every other part a file. Node's own `Response.formData()`
 * parses the multipart, so the fake needs no parser of its own.
 */
export async function readBody(req: IncomingMessage): Promise<ParsedBody> {
  const bytes = await readBytes(req);
  if (bytes.length === 0) return { body: undefined, files: [] };
  const type = req.headers['content-type'] ?? '';
  if (type.startsWith('multipart/form-data')) {
    const form = await new Response(bytes, { headers: { 'content-type': type } }).formData();
    let body: unknown;
    const files: RecordedFile[] = [];
    for (const [field, value] of form.entries()) {
      if (field === 'payload_json' && typeof value === 'string') body = JSON.parse(value);
      else if (typeof value !== 'string') files.push({ field, name: value.name, contentType: value.type, size: value.size });
    }
    return { body, files };
  }
  const text = bytes.toString('utf8');
  try {
    return { body: JSON.parse(text), files: [] };
  } catch {
    return { body: text, files: [] };
  }
}
