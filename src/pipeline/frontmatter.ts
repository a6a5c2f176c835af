const BLOCK = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** A content file's frontmatter YAML and the body after it (with the body's first line number), or null. */
export function splitFrontmatter(text: string): { yaml: string; body: string; bodyLine: number } | null {
  const m = BLOCK.exec(text);
  return m ? { yaml: m[1]!, body: text.slice(m[0].length), bodyLine: m[0].split('\n').length } : null;
}

/** The YAML between the opening and closing `---` lines of a content file, or null when it has none. */
export const frontmatterBlock = (text: string): string | null => splitFrontmatter(text)?.yaml ?? null;
