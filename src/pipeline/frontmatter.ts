/** The YAML between the opening and closing `---` lines of a content file, or null when it has none. */
export function frontmatterBlock(text: string): string | null {
  return /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text)?.[1] ?? null;
}
