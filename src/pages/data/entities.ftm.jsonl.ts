/** dist/data/entities.ftm.jsonl: the dossier as FollowTheMoney entities for Aleph (src/lib/ftm-export.ts). */
import { load, meta } from '../../lib/dossier.ts';
import { ftmEntities } from '../../lib/ftm-export.ts';
import { absolute } from '../../lib/urls.ts';

export async function GET(): Promise<Response> {
  const d = await load();
  const lines = ftmEntities({ title: meta.title, ...d }, absolute).map((e) => JSON.stringify(e));
  return new Response(lines.map((l) => `${l}\n`).join(''), { headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8' } });
}
