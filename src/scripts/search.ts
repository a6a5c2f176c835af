/**
 * The search page's code: loads Pagefind's own script and index (built into dist/pagefind/) when the page
 * opens or the reader types, and lists the results. Result excerpts come from Pagefind as HTML with <mark>
 * around matches; only the text and the marks are kept, so no markup from a source can appear.
 */
interface Result {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters?: { kind?: string[] };
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  debouncedSearch(q: string, o?: unknown, ms?: number): Promise<{ results: { data(): Promise<Result> }[] } | null>;
}

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
let engine: Promise<Pagefind> | undefined;
const pagefind = (): Promise<Pagefind> =>
  (engine ??= import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`).then(async (m: Pagefind) => {
    await m.options({ excerptLength: 24 });
    return m;
  }));

/** Pagefind's excerpt as text and <mark> elements only. */
function excerptNodes(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html; // inert: a template's content never runs scripts or loads images
  return [...template.content.childNodes].map((n) => {
    if (n.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = n.textContent;
      return mark;
    }
    return document.createTextNode(n.textContent ?? '');
  });
}

export function runSearch(): void {
  const input = document.getElementById('q') as HTMLInputElement;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  const run = async (): Promise<void> => {
    const q = input.value.trim();
    if (!q) {
      status.textContent = 'Type a name, a place or a word.';
      list.replaceChildren();
      return;
    }
    status.textContent = 'Searching…';
    const found = await (await pagefind()).debouncedSearch(q, {}, 150);
    if (!found) return; // superseded by a newer query
    const results = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
    list.replaceChildren(
      ...results.map((r) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = r.url;
        a.textContent = r.meta.title ?? r.url;
        const kind = r.filters?.kind?.[0];
        if (kind) {
          const badge = document.createElement('span');
          badge.className = `badge badge-${kind === 'News outlet' ? 'outlet' : kind.toLowerCase()}`;
          badge.textContent = kind;
          li.append(badge, ' ');
        }
        const p = document.createElement('p');
        p.append(...excerptNodes(r.excerpt));
        li.append(a, p);
        return li;
      }),
    );
    status.textContent = `${found.results.length} result${found.results.length === 1 ? '' : 's'} for “${q}”.`;
  };
  const q = new URLSearchParams(location.search).get('q');
  if (q) input.value = q;
  input.addEventListener('input', () => void run());
  input.form?.addEventListener('submit', (e) => {
    e.preventDefault();
    history.replaceState(null, '', `?q=${encodeURIComponent(input.value)}`);
    void run();
  });
  status.textContent = q ? 'Searching…' : 'Type a name, a place or a word.';
  if (q) void run();
}
