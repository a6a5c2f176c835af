/**
 * The preview card: on hover or keyboard focus of an entity link, a short card with the name, kind, what the
 * sources call it and in how many sources it appears. The data, one small JSON file, is fetched on first use.
 * The card is a tooltip described by the link (aria-describedby), so screen readers read it; Escape hides it.
 */
interface Preview {
  name: string;
  kind: string;
  line: string;
  sources: number;
}

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
let data: Promise<Record<string, Preview>> | undefined;
const previews = (): Promise<Record<string, Preview>> =>
  (data ??= fetch(`${BASE}previews.json`).then((r) => (r.ok ? (r.json() as Promise<Record<string, Preview>>) : {})));

let card: HTMLDivElement;
let current: HTMLAnchorElement | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

function ensureCard(): HTMLDivElement {
  card = document.createElement('div');
  card.id = 'preview-card';
  card.className = 'preview';
  card.setAttribute('role', 'tooltip');
  card.hidden = true;
  // Hovering the card keeps it open, so its text can be read or selected.
  card.addEventListener('pointerenter', () => clearTimeout(timer));
  card.addEventListener('pointerleave', () => hideSoon());
  document.body.append(card);
  return card;
}

async function show(link: HTMLAnchorElement): Promise<void> {
  clearTimeout(timer);
  const key = link.dataset.preview ?? '';
  const p = (await previews())[key];
  if (!p) return;
  if (current && current !== link) current.removeAttribute('aria-describedby');
  current = link;
  card.replaceChildren();
  const kind = document.createElement('span');
  kind.className = `badge badge-${key.split('/')[0]}`;
  kind.textContent = p.kind;
  const name = document.createElement('strong');
  name.textContent = p.name;
  const line = document.createElement('span');
  line.textContent = p.line;
  const sources = document.createElement('span');
  sources.className = 'muted';
  sources.textContent = `Named in ${p.sources} source${p.sources === 1 ? '' : 's'}`;
  card.append(kind, name, line, sources);
  const box = link.getBoundingClientRect();
  card.hidden = false;
  const width = card.offsetWidth;
  const left = Math.max(8, Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8));
  card.style.left = `${left}px`;
  card.style.top = `${box.bottom + window.scrollY + 6}px`;
  link.setAttribute('aria-describedby', card.id);
}

function hide(): void {
  card.hidden = true;
  current?.removeAttribute('aria-describedby');
  current = null;
}
const hideSoon = (): void => {
  clearTimeout(timer);
  timer = setTimeout(hide, 200);
};

const linkOf = (event: Event): HTMLAnchorElement | null => ((event.target as Element | null)?.closest?.('a[data-preview]') as HTMLAnchorElement | null) ?? null;

export function install(): void {
  ensureCard();
  document.addEventListener('pointerover', (e) => {
    const link = linkOf(e);
    if (link) {
      clearTimeout(timer);
      timer = setTimeout(() => void show(link), 120);
    }
  });
  document.addEventListener('pointerout', (e) => {
    if (linkOf(e)) hideSoon();
  });
  document.addEventListener('focusin', (e) => {
    const link = linkOf(e);
    if (link) void show(link);
  });
  document.addEventListener('focusout', (e) => {
    if (linkOf(e)) hide();
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !card.hidden) hide();
  });
}
