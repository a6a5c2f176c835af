/** dist/previews.json: what a preview card shows for each entity (name, kind, role or status, number of sources). */
import { load } from '../lib/dossier.ts';

/** The wording most sources use, e.g. the role given in the most articles. */
const commonest = (values: { value: string; article: string }[]): string | null => {
  const counts = new Map<string, Set<string>>();
  for (const v of values) counts.set(v.value, (counts.get(v.value) ?? new Set()).add(v.article));
  return [...counts].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
};

export async function GET(): Promise<Response> {
  const d = await load();
  const out: Record<string, { name: string; kind: string; line: string; sources: number }> = {};
  for (const p of d.people) {
    const role = commonest(p.data.roles.map((r) => ({ value: r.role, article: r.article })));
    out[`person/${p.id}`] = { name: p.data.name, kind: 'Person', line: [role, p.data.country].filter(Boolean).join(', ') || 'No role stated', sources: p.data.articles.length };
  }
  for (const a of d.agreements) {
    const statuses = [...new Set(a.data.status.map((s) => s.status))];
    out[`agreement/${a.id}`] = { name: a.data.name, kind: 'Agreement', line: `${a.data.year ? `${a.data.year}; ` : ''}${statuses.join(' / ') || 'status not stated'}`, sources: a.data.articles.length };
  }
  for (const o of d.outlets) {
    out[`outlet/${o.id}`] = { name: o.data.name, kind: 'Outlet', line: [o.data.type, o.data.country].filter(Boolean).join(', ') || `published ${o.data.published.length}`, sources: o.data.articles.length };
  }
  return new Response(JSON.stringify(out), { headers: { 'Content-Type': 'application/json' } });
}
