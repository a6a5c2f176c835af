/**
 * The built site in a real browser (Debian's Chromium via playwright-core): navigation across every page type,
 * search by a variant spelling, previews on hover and on keyboard focus, links that work without JavaScript,
 * and axe-core on every page type in light and dark with no serious or critical violation.
 * Under CI=true a missing browser fails the run; elsewhere it is reported loudly and these tests are skipped.
 */
import { readFileSync } from 'node:fs';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, hasChromium, launch } from '../../scripts/browser.ts';
import { serveStatic } from '../../scripts/serve-static.ts';

const skip = !hasChromium() && !process.env.CI;
if (skip) {
  console.error(`\n${'!'.repeat(72)}\n!! No Chromium at ${CHROMIUM}: the browser tests are SKIPPED.\n!! Install it (apt-get install -y chromium) or set CHROMIUM_PATH. Under CI=true this fails.\n${'!'.repeat(72)}\n`);
}

const dossier = JSON.parse(readFileSync('dist/dossier.json', 'utf8'));
const first = (kind: string, id?: string) => (id ? dossier[kind].find((e: { id: string }) => e.id === id) : dossier[kind][0]).url as string;
const PAGE_TYPES: Record<string, string> = {
  summary: '/',
  article: first('articles'),
  person: first('people', 'alexander-novak'),
  agreement: first('agreements'),
  outlet: first('outlets'),
  'articles index': '/articles/',
  'people index': '/people/',
  'agreements index': '/agreements/',
  'outlets index': '/outlets/',
  search: '/search/?q=Nobak',
  'not found': '/no-such-page/',
};

describe.skipIf(skip)('the dossier in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  const errors: string[] = [];
  const open = async (path: string, options: { colorScheme?: 'light' | 'dark'; javaScriptEnabled?: boolean; width?: number } = {}): Promise<Page> => {
    const context = await browser.newContext({ colorScheme: options.colorScheme ?? 'light', javaScriptEnabled: options.javaScriptEnabled ?? true, viewport: { width: options.width ?? 1280, height: 900 } });
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
    await page.goto(server.url + path, { waitUntil: 'networkidle' });
    return page;
  };

  beforeAll(async () => {
    server = await serveStatic('dist');
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('navigates across every page type by clicking', async () => {
    const page = await open('/');
    await page.getByRole('navigation', { name: 'Dossier' }).getByRole('link', { name: 'People' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('People');
    await page.getByRole('link', { name: 'Alexander Novak' }).first().click();
    expect(await page.locator('h1').textContent()).toBe('Alexander Novak');
    // A backlink leads to the exact paragraph of the article.
    await page.locator('.mentions .cite-link').first().click();
    expect(new URL(page.url()).pathname).toMatch(/^\/articles\/[^/]+\/$/);
    const hash = new URL(page.url()).hash.slice(1);
    expect(await page.locator(`[id="${hash}"]`).textContent()).toMatch(/Nobak|Novak/);
    // A mention in the text leads to its entity's page.
    await page.locator('.text a.mention[href^="/agreements/"]').first().click();
    await expect.poll(() => page.locator('.page-head .badge').textContent()).toBe('Agreement');
    for (const [name, heading] of [['Outlets', 'News outlets'], ['Agreements', 'Agreements'], ['Articles', 'Articles'], ['Summary', dossier.title]]) {
      await page.getByRole('navigation', { name: 'Dossier' }).getByRole('link', { name }).click();
      expect(await page.locator('h1').textContent()).toBe(heading);
    }
    await page.getByRole('link', { name: 'Sputnik' }).first().click();
    expect(await page.locator('.page-head .badge').textContent()).toBe('Outlet');
    await page.context().close();
  });

  it('finds a person by a variant spelling through the search box', async () => {
    const page = await open('/people/');
    await page.getByRole('searchbox', { name: 'Search the dossier' }).fill('Nobak');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/search\/\?q=Nobak/);
    const results = page.locator('#search-results li a');
    await expect.poll(() => results.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await results.first().getAttribute('href')).toBe('/people/alexander-novak/');
    const people = await results.evaluateAll((as) => as.map((a) => a.getAttribute('href')).filter((h) => h?.startsWith('/people/')));
    expect(people).toEqual(['/people/alexander-novak/']);
    await results.first().click();
    expect(await page.locator('h1').textContent()).toBe('Alexander Novak');
    await page.context().close();
  });

  it('opens a preview on hover and on keyboard focus, and closes it with Escape', async () => {
    const page = await open(first('articles', 'respected-comrade-kim-jong-un-has-talks-with'));
    const card = page.locator('#preview-card');
    const mention = page.locator('.text a.mention[href="/people/alexander-novak/"]').first();
    await mention.hover();
    await expect.poll(() => card.isVisible(), { timeout: 5000 }).toBe(true);
    expect(await card.textContent()).toContain('Alexander Novak');
    expect(await card.textContent()).toMatch(/Named in \d+ sources?/);
    await page.mouse.move(0, 0);
    await expect.poll(() => card.isVisible(), { timeout: 5000 }).toBe(false);

    // Keyboard only: Tab until a mention has focus.
    const fresh = await open(first('articles', 'respected-comrade-kim-jong-un-has-talks-with'));
    let focused = '';
    for (let i = 0; i < 80 && !focused.includes('mention'); i++) {
      await fresh.keyboard.press('Tab');
      focused = await fresh.evaluate(() => document.activeElement?.className ?? '');
    }
    expect(focused).toContain('mention');
    const freshCard = fresh.locator('#preview-card');
    await expect.poll(() => freshCard.isVisible(), { timeout: 5000 }).toBe(true);
    const name = await fresh.evaluate(() => (document.activeElement as HTMLAnchorElement).dataset.preview);
    expect(await fresh.evaluate(() => document.activeElement?.getAttribute('aria-describedby'))).toBe('preview-card');
    expect(name).toBeTruthy();
    await fresh.keyboard.press('Escape');
    await expect.poll(() => freshCard.isVisible()).toBe(false);
    await page.context().close();
    await fresh.context().close();
  });

  it('keeps every link working without JavaScript', async () => {
    const page = await open(first('articles'), { javaScriptEnabled: false });
    const href = await page.locator('.text a.mention').first().getAttribute('href');
    await page.locator('.text a.mention').first().click();
    expect(new URL(page.url()).pathname).toBe(href);
    await page.context().close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no serious or critical axe-core violation on any page type (${scheme})`, async () => {
      const found: string[] = [];
      for (const [type, path] of Object.entries(PAGE_TYPES)) {
        for (const width of [390, 1280]) {
          const page = await open(path, { colorScheme: scheme, width });
          await page.addScriptTag({ content: axe.source });
          const result = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] }));
          for (const v of result.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
            found.push(`${type} @${width}px: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
          }
          await page.context().close();
        }
      }
      expect(found).toEqual([]);
    }, 120_000);
  }

  it('never scrolls sideways on a phone: wide tables scroll in their own box', async () => {
    const wide: string[] = [];
    for (const [type, path] of Object.entries(PAGE_TYPES)) {
      const page = await open(path, { width: 390 });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) wide.push(`${type}: ${width}px`);
      await page.context().close();
    }
    expect(wide).toEqual([]);
  });

  it('raised no script error on any page', () => {
    expect(errors).toEqual([]);
  });
});
