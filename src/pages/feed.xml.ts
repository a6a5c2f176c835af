/** dist/feed.xml: an RSS feed of the dossier's articles, newest first, each linking to its page. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { load, meta } from '../lib/dossier.ts';
import { pageOf } from '../lib/urls.ts';

export async function GET(context: APIContext): Promise<Response> {
  const d = await load();
  const items = [...d.articles].reverse().map((a) => ({
    title: a.data.title,
    link: pageOf('articles', a.id),
    // Undated sources carry no date rather than an invented one: the feed never reads the clock.
    pubDate: a.data.date ? new Date(`${a.data.date}T00:00:00Z`) : undefined,
    description: `Source S${d.sourceNo(a.id)}${d.publisherName(a) ? `, published by ${d.publisherName(a)}` : ''}. File ${a.data.source}.`,
  }));
  return rss({ title: meta.title, description: meta.description ?? meta.title, site: new URL(import.meta.env.BASE_URL, context.site ?? 'https://example.org').href, items });
}
