import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';

const dist = inject('fixtureDist');
const page = (path: string) => readFileSync(join(dist, path), 'utf8');

/** Every chart figure on a page: the markup between `<figure class="chart …">` and its `</figure>` (charts do not nest figures). */
const charts = (html: string) => [...html.matchAll(/<figure class="chart ([\w-]+)"[^>]*>([\s\S]*?)<\/figure>/g)].map(([, kind, body]) => ({ kind, body }));

/** Checks one figure: each SVG is an image named by its own <title> and described by its <desc>, and a data table follows. */
function expectAccessible(body: string) {
  const svgs = [...body.matchAll(/<svg class="chart-svg[^"]*" viewBox="0 0 [\d.]+ [\d.]+" role="img" aria-labelledby="([\w-]+) ([\w-]+)">/g)];
  expect(svgs.length).toBeGreaterThan(0);
  for (const [, titleId, descId] of svgs) {
    expect(body).toMatch(new RegExp(`<title id="${titleId}">[^<]+</title>`));
    expect(body).toMatch(new RegExp(`<desc id="${descId}">[^<]+</desc>`));
  }
  expect(body).toMatch(/<details class="chart-data"><summary>Data table<\/summary>[\s\S]*<table>[\s\S]*<tbody><tr>/);
  // The image holds no links (it is one image to assistive technology); pointer links sit in a hidden layer over it.
  for (const [svg] of body.matchAll(/<svg class="chart-svg[\s\S]*?<\/svg>/g)) expect(svg).not.toContain('<a ');
  for (const [layer] of body.matchAll(/<svg class="chart-hits"[^>]*>/g)) expect(layer).toContain('aria-hidden="true"');
}

describe('case timeline graphic', () => {
  const html = page('cases/full-case/index.html');
  const [chart] = charts(html);

  test('sits in the timeline section, above the list, with a horizontal and a vertical layout', () => {
    expect(chart.kind).toBe('timeline-chart');
    expect(html.indexOf('class="chart timeline-chart"')).toBeGreaterThan(html.indexOf('<h2 id="timeline"'));
    expect(html.indexOf('class="chart timeline-chart"')).toBeLessThan(html.indexOf('<ol class="timeline">'));
    expect(chart.body).toContain('timeline-horizontal');
    expect(chart.body).toContain('timeline-vertical');
    expectAccessible(chart.body);
  });

  test('links every mark to an event of the list on the same page', () => {
    const targets = [...chart.body.matchAll(/<a href="#(event-[^"]+)" tabindex="-1">/g)].map((m) => m[1]);
    expect(targets.length).toBeGreaterThanOrEqual(2 * 3);
    for (const id of targets) expect(html).toContain(`<li id="${id}"`);
  });

  test('draws a month-precision event over a band and names its precision', () => {
    expect(chart.body).toMatch(/<title>April 2018 \(known to the month\) · Agreement: Example Pay starts passing customer data to Sample Cloud<\/title>/);
    expect(chart.body).toContain('<time datetime="2018-04">April 2018</time></td><td data-label="Known to the">month</td>');
    expect(chart.body).toContain('class="timeline-bar"');
  });

  test('is left out for a single event, and the flow map is never on a case page', () => {
    expect(charts(page('cases/minimal-case/index.html'))).toEqual([]);
    expect(html).not.toContain('flow-map');
  });
});

describe('flow map', () => {
  test('is on the home page, after the figures, with a link to the charts page', () => {
    const html = page('index.html');
    const [map] = charts(html);
    expect(map.kind).toBe('flow-map');
    expect(html.indexOf('class="chart flow-map"')).toBeGreaterThan(html.indexOf('<dl class="stats">'));
    expect(html).toContain('href="/stats/"');
    expectAccessible(map.body);
    expect(map.body).toContain('class="map-eu"');
  });

  test('links each arc to a page listing the cases on that route', () => {
    const { body } = charts(page('index.html'))[0];
    const routes = [...body.matchAll(/<a href="\/cases\/flows\/([a-z]+-[a-z]+)\/" tabindex="-1">/g)].map((m) => m[1]);
    expect(routes).toContain('kr-us');
    for (const route of routes) {
      expect(existsSync(join(dist, 'cases/flows', route, 'index.html'))).toBe(true);
    }
    expect(page('cases/flows/kr-us/index.html')).toMatch(/<h1>Personal data flows: South Korea → United States<\/h1>[\s\S]*<table class="case-table">[\s\S]*href="\/cases\/full-case\/"/);
  });

  test('on a jurisdiction page, shows that jurisdiction’s routes and outlines it', () => {
    const html = page('jurisdictions/kr/index.html');
    const [map] = charts(html);
    expect(map.kind).toBe('flow-map');
    expect(html.indexOf('class="chart flow-map"')).toBeGreaterThan(html.indexOf('</header>'));
    expectAccessible(map.body);
    expect(map.body).toContain('class="map-focus"');
    expect(map.body).toContain('href="/cases/flows/kr-us/"');
    expect(map.body).not.toContain('href="/cases/flows/eu-us/"');
  });
});

describe('the charts page', () => {
  const html = page('stats/index.html');

  test('has the four kinds of chart, each accessible with its data table', () => {
    const found = charts(html);
    expect(found.map((c) => c.kind)).toEqual(expect.arrayContaining(['stacked-chart', 'bar-chart']));
    for (const id of ['cases-by-year', 'penalties', 'destinations', 'data-categories']) expect(html).toContain(`<h2 id="${id}"`);
    for (const chart of found) expectAccessible(chart.body);
  });

  test('keeps each currency in its own chart', () => {
    expect(html).toContain('<h3 id="penalties-krw">KRW</h3>');
    expect(html).toContain('KRW 1,000,000');
  });
});
