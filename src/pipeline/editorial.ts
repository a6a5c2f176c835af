/**
 * seeds/dossier.yaml, the optional editorial file: parsed with positions so that every error names the
 * line (and column) to fix, then validated by the zod schema (unknown keys are errors, not ignored).
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { editorialSchema, type Editorial } from '../schema.ts';
import { SourceError } from './read.ts';

export function parseEditorial(file: string, text: string): Editorial {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number | undefined): string => {
    if (offset === undefined) return '';
    const { line, col } = lines.linePos(offset);
    return `line ${line}, column ${col}`;
  };
  const first = doc.errors[0];
  if (first) throw new SourceError(file, `${at(first.pos[0])}: ${first.message.split('\n')[0]}`, 'fix the YAML syntax there');
  const value: unknown = doc.toJS() ?? {};
  const result = editorialSchema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  // Walk the document along the issue's path to find where it is.
  let node: unknown = doc.contents;
  const path = [...issue.path];
  if (issue.code === 'unrecognized_keys') path.push(issue.keys[0]!);
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
      node = path.indexOf(key) === path.length - 1 && issue.code === 'unrecognized_keys' ? pair?.key : pair?.value;
    } else if (isSeq(node)) node = node.items[Number(key)];
  }
  const where = at((node as Node | undefined)?.range?.[0]);
  const name = path.join('.') || '(top level)';
  const hint =
    issue.code === 'unrecognized_keys'
      ? 'known keys are title, description, sources, people, agreements, outlets; under each kind merge, keep_apart, rename, hide, describe'
      : 'see the dossier.yaml section of the README';
  throw new SourceError(file, `${where ? `${where}: ` : ''}${name}: ${issue.message}`, hint);
}
