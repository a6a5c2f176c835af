/**
 * Remembers which inputs produced each file of content/, so that after a small change of sources only the
 * files whose inputs changed are validated and serialised again; the rest are taken as they stand on disk.
 * A file is reused only if its inputs hash the same (with the pipeline's code) and the file on disk is still
 * the one the ingest wrote (its hash is recorded): a hand-edited file is rewritten, never trusted.
 */
import { hash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';

interface Written {
  key: string;
  sha: string;
}
const sha1 = (s: string): string => hash('sha1', s, 'hex');

export class WriteMemo {
  private readonly next: Record<string, Written> = {};
  private readonly file: string;
  private readonly version: string;
  private readonly before: Record<string, Written>;
  private readonly previous: Map<string, string>;
  reused = 0;

  private constructor(file: string, version: string, before: Record<string, Written>, previous: Map<string, string>) {
    this.file = file;
    this.version = version;
    this.before = before;
    this.previous = previous;
  }

  /** The memo kept in `file`, for the content folder whose files are `previous` (path → text). */
  static async open(file: string, version: string, previous: Map<string, string>): Promise<WriteMemo> {
    let before: Record<string, Written> = {};
    try {
      if (existsSync(file)) before = JSON.parse(await readFile(file, 'utf8')) as Record<string, Written>;
    } catch {
      before = {}; // a damaged memo only costs a full write
    }
    return new WriteMemo(file, version, before, previous);
  }

  /** The text of `path`: the file on disk when `inputs` are what produced it, otherwise `make()`. */
  text(path: string, inputs: unknown, make: () => string): string {
    const key = sha1(`${this.version}\u0000${JSON.stringify(inputs)}`);
    const was = this.before[path];
    const onDisk = this.previous.get(path);
    if (was?.key === key && onDisk !== undefined && sha1(onDisk) === was.sha) {
      this.next[path] = was;
      this.reused++;
      return onDisk;
    }
    const text = make();
    this.next[path] = { key, sha: sha1(text) };
    return text;
  }

  async save(): Promise<void> {
    await writeFile(this.file, JSON.stringify(this.next));
  }
}
