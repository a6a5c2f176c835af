/**
 * read: seed files to Sources. Decodes strictly as UTF-8 (a BOM is dropped, CRLF becomes LF, text is NFC),
 * so an undecodable file is refused with its name instead of being silently mangled. The spaces of scraped
 * HTML (&nbsp; and its kin) become plain spaces and soft hyphens go: they look the same on the page, but
 * "Jane&nbsp;Doe" would otherwise not read as one name.
 */
import { hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Source } from './types.ts';

export class SourceError extends Error {
  readonly file: string;
  constructor(file: string, message: string, hint?: string) {
    super(`${file}: ${message}${hint ? ` (${hint})` : ''}`);
    this.file = file;
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decodes one file's bytes; `file` is the path shown in errors and stored on the Source. */
export function decodeSource(file: string, bytes: Uint8Array): Source {
  let raw: string;
  try {
    raw = decoder.decode(bytes);
  } catch {
    throw new SourceError(file, 'is not valid UTF-8 text. Re-save it as UTF-8, or remove it from the seeds folder.');
  }
  if (raw.includes('\u0000')) throw new SourceError(file, 'contains NUL bytes: it looks like a binary file, not an article.');
  const text = raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    // No-break, fixed-width and narrow spaces (the ideographic space, which CJK text sets apart, is kept).
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f]/g, ' ')
    .replace(/\u00ad/g, '');
  if (text.trim() === '') throw new SourceError(file, 'is empty. Put the article text in it, or remove it from the seeds folder.');
  const sha256 = hash('sha256', text, 'hex');
  return { file, name: path.posix.basename(file), text, sha256 };
}

/** Lists the seed articles of a folder (*.txt), in a fixed order whatever the file system's. */
export async function listSeedFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir);
  return names.filter((n) => n.toLowerCase().endsWith('.txt')).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export async function readSource(dir: string, name: string, label: string): Promise<Source> {
  // Synchronous: a source is small, and thousands read through promises took three times as long.
  const bytes = readFileSync(path.join(dir, name));
  return decodeSource(label, bytes);
}
