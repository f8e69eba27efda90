import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { auditLayout } from '../support/layout-audit.ts';
import { searchSettled } from '../support/search-page.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens every disclosure (data tables, the cite box) so what they hold is measured too; not the search filters, which have their own page. */
const openDetails = (page: Page) =>
  page.evaluate(() => {
    for (const details of document.querySelectorAll<HTMLDetailsElement>('details:not(#search-filter-panel)')) details.open = true;
  });

interface Visit {
  kind: string;
  path: string;
  ready?: (page: Page) => Promise<unknown>;
}

// One page of each kind; the firm and regulator pages are those with the most columns to fit
// (Alipay's and the PIPC's tables clipped their last column).
const PAGES: Visit[] = [
  { kind: 'case', path: '/cases/kakaopay-alipay-2024/' },
  { kind: 'case index', path: '/cases/' },
  { kind: 'firm', path: '/firms/alipay/' },
  { kind: 'firm with a Korean name', path: '/firms/kakaopay/' },
  { kind: 'regulator', path: '/regulators/kr-pipc/' },
  { kind: 'person', path: '/people/kim-myung-joo/' },
  { kind: 'law', path: '/laws/kr-credit-information-act/' },
  { kind: 'jurisdiction', path: '/jurisdictions/kr/' },
  { kind: 'timeline', path: '/timeline/' },
  { kind: 'quotes', path: '/quotes/' },
  { kind: 'stats', path: '/stats/' },
  { kind: 'search with results', path: '/search/?q=PIPC', ready: searchSettled },
  {
    kind: 'search with the filter panel open',
    path: '/search/?q=PIPC',
    ready: async (page) => {
      await searchSettled(page);
      await page.locator('#search-filter-panel summary').click();
      await page.locator('#search-facets input').first().waitFor();
    },
  },
  { kind: 'home', path: '/' },
  { kind: 'about', path: '/about/' },
  {
    kind: 'comparison of two cases',
    path: '/compare/?cases=kakaopay-alipay-2024,aliexpress-pipc-2024',
    ready: (page) => page.locator('.compare-table').waitFor(),
  },
];

async function visit(width: number, { path, ready }: Visit, print = false): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${siteUrl}${path}`);
  await ready?.(page);
  await openDetails(page);
  if (print) await page.emulateMedia({ media: 'print' });
  return page;
}

describe.each([390, 1280])('at %ipx wide', (width) => {
  test.each(PAGES)('the $kind page ($path) fits: no page or table wider than the window, every cell shown', async (kind) => {
    const page = await visit(width, kind);
    expect(await page.evaluate(auditLayout, { print: false })).toEqual([]);
    await page.context().close();
  });
});

describe('printed on A4', () => {
  test.each(PAGES.filter(({ kind }) => !kind.startsWith('search')))('the $kind page ($path) prints every column of every table', async (kind) => {
    const page = await visit(794, kind, true);
    expect(await page.evaluate(auditLayout, { print: true })).toEqual([]);
    await page.context().close();
  });
});

describe('on a phone (390px)', () => {
  const phone = async (path: string) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${siteUrl}${path}`);
    return page;
  };

  test('the case index, set out as cards, still sorts by a column from its sort bar, by keyboard too', async () => {
    const page = await phone('/cases/');
    const reported = () => page.locator('.case-table tbody tr td[data-label="Reported"] time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
    const button = page.getByRole('button', { name: 'Reported' });
    await expect(button.isVisible()).resolves.toBe(true);
    await button.focus();
    await page.keyboard.press('Enter');
    const ascending = await reported();
    expect(ascending.length).toBeGreaterThan(1);
    expect(ascending).toEqual([...ascending].sort());
    await button.click();
    expect(await reported()).toEqual([...ascending].reverse());
    await page.context().close();
  });

  test('a table of figures too wide for the screen scrolls by keyboard and shows a shade at the edge that has more', async () => {
    const page = await phone('/stats/');
    await page.locator('#cases-by-year ~ figure summary').first().click();
    const region = page.getByRole('region', { name: /^Cases by year/ });
    await expect(region.evaluate((el) => el.scrollWidth > el.clientWidth)).resolves.toBe(true);
    // Mean brightness of a 4px strip at the region's left or right edge, from a screenshot decoded in the page.
    const edges = async () => {
      const png = (await region.screenshot()).toString('base64');
      return page.evaluate(async (data) => {
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const canvas = Object.assign(document.createElement('canvas'), { width: image.width, height: image.height });
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        const strip = (x: number) => {
          const { data: pixels } = context.getImageData(x, 0, 4, image.height);
          let sum = 0;
          for (let i = 0; i < pixels.length; i += 4) sum += (pixels[i] + pixels[i + 1] + pixels[i + 2]) / 3;
          return sum / (pixels.length / 4);
        };
        return { left: strip(0), right: strip(image.width - 4) };
      }, png);
    };
    const start = await edges();
    expect(start.right).toBeLessThan(start.left - 8);
    await region.focus();
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
    await expect(region.evaluate((el) => el.scrollLeft)).resolves.toBeGreaterThan(0);
    await region.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    const end = await edges();
    expect(end.left).toBeLessThan(end.right - 8);
    await page.context().close();
  });

  test('the open search filters leave the results in sight: one scroll area, no option cut off', async () => {
    const page = await phone('/search/?q=PIPC');
    await searchSettled(page);
    await page.locator('#search-filter-panel summary').click();
    await page.locator('#search-facets input').first().waitFor();
    const { gap, height, clipped } = await page.evaluate(() => {
      const panel = document.getElementById('search-filter-panel')!.getBoundingClientRect();
      const status = document.getElementById('search-status')!.getBoundingClientRect();
      const clipped = [...document.querySelectorAll('#search-facets fieldset')].filter((f) => f.scrollHeight > f.clientHeight + 1 || f.scrollWidth > f.clientWidth + 1).length;
      return { gap: status.top - panel.top, height: window.innerHeight, clipped };
    });
    expect(gap).toBeLessThan(height * 0.75);
    expect(clipped).toBe(0);
    await page.context().close();
  });

  test("the case timeline writes each event's title whole", async () => {
    const page = await phone('/cases/kakaopay-alipay-2024/');
    const drawn = await page.locator('.timeline-vertical .timeline-mark text').evaluateAll((ts) => ts.map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' ') || t.textContent));
    const titles = await page.locator('.timeline-chart table tbody td:last-child').allTextContents();
    expect(drawn.length).toBeGreaterThan(5);
    expect(drawn).toEqual(titles.map((t) => t.trim()));
    await page.context().close();
  });

  test.each(['/', '/jurisdictions/kr/', '/jurisdictions/eu/'])('every place on the flow map of %s is labelled legibly, in the map or its inset, no label over another', async (path) => {
    const page = await phone(path);
    expect(await mapLabels(page)).toEqual({ overlapping: [], unlabelled: [] });
    await page.context().close();
  });
});

test.each(['/', '/jurisdictions/kr/'])('on a wide screen too, no label of the flow map of %s covers another', async (path) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${siteUrl}${path}`);
  expect((await mapLabels(page)).overlapping).toEqual([]);
  await context.close();
});

/** The flow map's labels that cover one another (in one picture), and the places with no label at least 10px high in either picture. */
function mapLabels(page: Page) {
  return page.locator('.flow-map').evaluate((figure) => {
    const labels = [...figure.querySelectorAll<SVGTextElement>('.chart-svg .flow-nodes text')].filter((t) => t.getClientRects().length > 0);
    const boxes = labels.map((t) => ({ code: t.textContent!, svg: t.closest('svg'), box: t.getBoundingClientRect() }));
    const covers = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const overlapping = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => a.svg === b.svg && covers(a.box, b.box)).map((b) => `${a.code}/${b.code}`));
    const legible = new Set(boxes.filter((b) => b.box.height >= 10).map((b) => b.code));
    const places = [...new Set([...figure.querySelectorAll('.chart-svg:not(.flow-inset *) .flow-nodes text')].map((t) => t.textContent!))];
    return { overlapping, unlabelled: places.filter((code) => !legible.has(code)) };
  });
}
