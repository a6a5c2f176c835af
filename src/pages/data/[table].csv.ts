/** dist/data/<table>.csv: the dossier's tables for spreadsheets (src/lib/csv-export.ts). */
import type { GetStaticPaths } from 'astro';
import { csvTable, TABLES, type Table } from '../../lib/csv-export.ts';
import { load, meta } from '../../lib/dossier.ts';
import { absolute } from '../../lib/urls.ts';

export const getStaticPaths = (() => TABLES.map((table) => ({ params: { table } }))) satisfies GetStaticPaths;

export async function GET({ params }: { params: { table: Table } }): Promise<Response> {
  const d = await load();
  return new Response(csvTable(params.table, { title: meta.title, ...d }, absolute), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
