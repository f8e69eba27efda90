import { beforeAll, describe, expect, test } from 'vitest';
import type { Casebook } from '../../../../src/lib/model/casebook.ts';
import { clusters, INSET, layoutInset } from '../../../../src/lib/views/charts/flow-inset.ts';
import { arcGeometry, layoutFlows, placeLabels, spreadNodes } from '../../../../src/lib/views/charts/flow-map.ts';
import { flowMapView } from '../../../../src/lib/views/charts/flow-map-view.ts';
import { flowRoutes, type FlowRoute } from '../../../../src/lib/views/charts/flow-routes.ts';
import { blocMembers, EU_MEMBERS } from '../../../../src/lib/views/charts/regions.ts';
import { jurisdictionCentroid, worldMap, type Point } from '../../../../src/lib/views/charts/world-map.ts';
import type { CaseData } from '../../../../src/lib/content/schema/case.ts';
import { createUrls } from '../../../../src/lib/model/urls.ts';

/** A casebook of just the flows (the shared fixtures change with other features). */
function casebook(cases: { id: string; flows: { from: string; to: string; alleged?: boolean }[] }[]): Casebook {
  const data = (flows: object[]) => ({ flows: flows.map((f) => ({ data: ['name'], ...f })) }) as unknown as CaseData;
  return { cases: cases.map(({ id, flows }) => ({ id, data: data(flows) })) } as unknown as Casebook;
}

const map = worldMap(960);

describe('jurisdiction centroids', () => {
  test.each([
    { code: 'KR', lon: [126, 130], lat: [34, 38] },
    { code: 'CN', lon: [95, 115], lat: [28, 42] },
    // The contiguous states, not pulled north-west by Alaska.
    { code: 'US', lon: [-105, -90], lat: [35, 45] },
    // Metropolitan France, not pulled towards French Guiana.
    { code: 'FR', lon: [0, 5], lat: [45, 48] },
    // Too small for the 1:110m atlas: found in the 1:50m one.
    { code: 'SG', lon: [103, 105], lat: [1, 2] },
    { code: 'EU', lon: [0, 25], lat: [43, 56] },
    { code: 'EEA', lon: [0, 25], lat: [43, 58] },
  ])('places $code at its centre', ({ code, lon, lat }) => {
    const [x, y] = jurisdictionCentroid(code)!;
    expect(x).toBeGreaterThan(lon[0]);
    expect(x).toBeLessThan(lon[1]);
    expect(y).toBeGreaterThan(lat[0]);
    expect(y).toBeLessThan(lat[1]);
  });

  test('knows no point for a place no atlas draws', () => {
    expect(jurisdictionCentroid('AQ')).toBeUndefined();
  });
});

describe('the projected map', () => {
  const at = (code: string) => map.point(code)!;

  test('puts Korea and China on the east side, Korea east of China, and the US on the west side', () => {
    expect(at('KR')[0]).toBeGreaterThan(map.width / 2);
    expect(at('CN')[0]).toBeGreaterThan(map.width / 2);
    expect(at('KR')[0]).toBeGreaterThan(at('CN')[0]);
    expect(at('US')[0]).toBeLessThan(map.width / 2);
  });

  test('puts the EU in Europe: between the US and China, in the northern half, near Germany', () => {
    const [x, y] = at('EU');
    expect(x).toBeGreaterThan(at('US')[0]);
    expect(x).toBeLessThan(at('CN')[0]);
    expect(y).toBeLessThan(map.height / 2);
    expect(Math.hypot(x - at('DE')[0], y - at('DE')[1])).toBeLessThan(30);
  });

  test('rounds coordinates to one decimal and keeps the map small', () => {
    expect(map.land).toMatch(/^M[\d.,LMZ-]+$/);
    expect(map.land).not.toMatch(/\d\.\d\d/);
    expect(map.land.length + map.borders.length).toBeLessThan(40_000);
    expect(map.height).toBeLessThan(map.width / 2);
  });

  test('outlines the EU as one shape, and nothing for codes it does not draw', () => {
    expect(map.outline(EU_MEMBERS).length).toBeGreaterThan(100);
    expect(map.outline(['AQ'])).toBe('');
  });
});

test('lists the EU and EEA members; the EEA adds Iceland, Liechtenstein and Norway', () => {
  expect(blocMembers('EU')).toHaveLength(27);
  expect(blocMembers('EEA')).toEqual([...EU_MEMBERS, 'IS', 'LI', 'NO']);
  expect(blocMembers('KR')).toBeUndefined();
});

describe('arcGeometry', () => {
  const bounds = { width: 960, height: 420 };
  const a: Point = [700, 100];
  const b: Point = [200, 100];
  const numbers = (d: string) => d.match(/-?\d+(\.\d+)?/g)!.map(Number);

  test('starts at the edge of the origin node and ends with an arrowhead at the destination node', () => {
    const arc = arcGeometry(a, b, 2, bounds);
    const [sx, sy] = numbers(arc.d);
    expect(Math.hypot(sx - a[0], sy - a[1])).toBeCloseTo(5, 0);
    const [tx, ty] = numbers(arc.head);
    expect(Math.hypot(tx - b[0], ty - b[1])).toBeCloseTo(5, 0);
  });

  test('bends the two directions of a route to opposite sides', () => {
    const there = arcGeometry(a, b, 2, bounds).control;
    const back = arcGeometry(b, a, 2, bounds).control;
    expect(Math.sign(there[1] - 100)).toBe(-Math.sign(back[1] - 100));
  });

  test('bends the other way rather than off the map', () => {
    const control = arcGeometry([700, 5], [200, 5], 2, bounds).control;
    expect(control[1]).toBeGreaterThan(5);
  });
});

test('spreadNodes parts nodes that nearly coincide and leaves the others', () => {
  const spread = spreadNodes(new Map<string, Point>([['EU', [500, 60]], ['EEA', [500, 62]], ['KR', [800, 100]]]));
  const [eu, eea] = [spread.get('EU')!, spread.get('EEA')!];
  expect(Math.hypot(eu[0] - eea[0], eu[1] - eea[1])).toBeGreaterThanOrEqual(13.9);
  expect(spread.get('KR')).toEqual([800, 100]);
});

test('placeLabels keeps the labels of close nodes apart', () => {
  const labels = placeLabels([{ code: 'CN', at: [734, 106] }, { code: 'KR', at: [760, 107] }], 15, { width: 960, height: 420 });
  const [cn, kr] = [labels.get('CN')!, labels.get('KR')!];
  expect(cn.free && kr.free).toBe(true);
  expect(cn).not.toEqual(kr);
});

describe('routes and their layout', () => {
  const book = casebook([
    { id: 'full', flows: [{ from: 'KR', to: 'US' }, { from: 'KR', to: 'US' }] },
    { id: 'minimal', flows: [{ from: 'KR', to: 'US', alleged: true }] },
    { id: 'third', flows: [{ from: 'EU', to: 'US', alleged: true }, { from: 'EU', to: 'NO' }] },
  ]);
  let routes: readonly FlowRoute[];
  beforeAll(() => {
    routes = flowRoutes(book);
  });

  test('one route per origin and destination, counting each case once, most cases first; alleged only when every flow is', () => {
    expect(routes.map((r) => [r.slug, r.caseIds.length, r.alleged])).toEqual([
      ['kr-us', 2, false],
      ['eu-no', 1, false],
      ['eu-us', 1, true],
    ]);
  });

  test('arc width is proportional to the number of cases', () => {
    const { arcs } = layoutFlows(routes, map, { maxCases: 2, fontSizes: { wide: 15, narrow: 26 } });
    const width = (slug: string) => arcs.find((a) => a.route.slug === slug)!.width;
    expect(width('kr-us')).toBe(2 * width('eu-us'));
  });

  test('routes to a place the atlas does not draw are left to the table', () => {
    const layout = layoutFlows([{ from: 'KR', to: 'AQ', slug: 'kr-aq', caseIds: ['x'], alleged: false }], map, { maxCases: 1, fontSizes: { wide: 15, narrow: 26 } });
    expect(layout.arcs).toEqual([]);
    expect(layout.unplaced).toEqual(['AQ']);
  });

  test('the view links arcs to the route pages and names every route in its text alternative', () => {
    const view = flowMapView(book, createUrls('/'))!;
    expect(view.arcs.map((a) => a.href)).toEqual(['/cases/flows/kr-us/', '/cases/flows/eu-no/', '/cases/flows/eu-us/']);
    expect(view.desc).toContain('South Korea → United States (2 cases)');
    expect(view.rows[2]).toMatchObject({ casesText: '1 case', alleged: true });
  });

  test('a jurisdiction page shows only its own routes, and none for a jurisdiction without flows', () => {
    const urls = createUrls('/');
    expect(flowMapView(book, urls, { focus: 'NO' })!.rows.map((r) => r.href)).toEqual(['/cases/flows/eu-no/']);
    expect(flowMapView(book, urls, { focus: 'NO' })!.focusOutline).not.toBe('');
    expect(flowMapView(book, urls, { focus: 'JP' })).toBeUndefined();
  });
});

describe('the inset', () => {
  test('clusters chains of close points together, and far ones apart', () => {
    const points = [{ code: 'FR', x: 0, y: 0 }, { code: 'KR', x: 500, y: 0 }, { code: 'DE', x: 50, y: 0 }, { code: 'AT', x: 100, y: 0 }];
    expect(clusters(points, 60)).toEqual([['KR'], ['AT', 'DE', 'FR']]);
  });

  test('enlarges the cluster of crowded labels, labels each place in it, and draws its arcs as bent on the map', () => {
    const nodes = [{ code: 'AT', x: 480, y: 70 }, { code: 'EU', x: 474, y: 66 }, { code: 'FR', x: 455, y: 76 }, { code: 'US', x: 200, y: 110 }];
    const control: [number, number] = [340, 40];
    const inset = layoutInset({ nodes, crowded: ['AT', 'EU', 'FR'], order: ['EU', 'AT', 'FR', 'US'], arcs: [{ route: { from: 'EU', to: 'US', slug: 'eu-us', caseIds: ['x'], alleged: false }, ends: [[474, 66], [200, 110]], control, width: 4 }] })!;
    expect(inset.scale).toBeGreaterThanOrEqual(1.6);
    expect(inset.nodes.map((n) => n.code).sort()).toEqual(['AT', 'EU', 'FR']);
    for (const node of inset.nodes) {
      expect(node.label.free).toBe(true);
      expect(node.x).toBeGreaterThan(0);
      expect(node.x).toBeLessThan(INSET.width);
      expect(node.y).toBeGreaterThan(0);
      expect(node.y).toBeLessThan(INSET.height);
    }
    // The box on the map has the inset's proportions and holds the cluster.
    expect(inset.box.width / inset.box.height).toBeCloseTo(INSET.width / INSET.height, 1);
    for (const { x, y } of nodes.slice(0, 3)) expect(x > inset.box.x && x < inset.box.x + inset.box.width && y > inset.box.y && y < inset.box.y + inset.box.height).toBe(true);
    // The arc leaves the inset towards the US, through the map's control point scaled with it.
    const [qx, qy] = inset.arcs[0].d.match(/Q(-?[\d.]+),(-?[\d.]+)/)!.slice(1).map(Number);
    expect(qx).toBeCloseTo((control[0] - inset.box.x) * inset.scale, 0);
    expect(qy).toBeCloseTo((control[1] - inset.box.y) * inset.scale, 0);
  });

  test('is absent when no label is crowded', () => {
    expect(layoutInset({ nodes: [{ code: 'KR', x: 760, y: 107 }], crowded: [], order: ['KR'], arcs: [] })).toBeUndefined();
  });

  test('the home map of crowded Europe gets an inset; its places are labelled there, not on the narrow map', () => {
    const europe = ['AT', 'DE', 'DK', 'EEA', 'EU', 'FR', 'IT', 'NO', 'SE'];
    const book = casebook(europe.map((from, i) => ({ id: `c${i}`, flows: [{ from, to: i % 2 ? 'US' : 'CN' }] })));
    const view = flowMapView(book, createUrls('/'))!;
    const inset = view.inset!;
    expect(inset.nodes.map((n) => n.code)).toEqual(expect.arrayContaining(['AT', 'EEA', 'EU', 'FR']));
    expect(inset.title).toMatch(/^Enlarged: Austria, /);
    const inInset = new Set(inset.nodes.map((n) => n.code));
    for (const node of view.nodes) {
      expect(node.labels.narrow.shown).toBe(node.labels.narrow.free && !inInset.has(node.code));
      expect(node.labels.wide.shown).toBe(node.labels.wide.free || !inInset.has(node.code));
    }
    expect(view.nodes.find((n) => n.code === 'CN')!.labels.narrow.shown).toBe(true);
  });
});
