/** dist/dossier.json: the public data export; its shape lives in src/lib/dossier-export.ts. */
import { getCollection } from 'astro:content';
import { meta } from '../lib/dossier.ts';
import { dossierExport } from '../lib/dossier-export.ts';
import { pageOf } from '../lib/urls.ts';

export async function GET(): Promise<Response> {
  const [articles, people, agreements, outlets] = await Promise.all([getCollection('articles'), getCollection('people'), getCollection('agreements'), getCollection('outlets')]);
  const body = dossierExport({ title: meta.title, articles, people, agreements, outlets }, pageOf);
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
}
