/**
 * The flow map's view model for the home page (every route) and a jurisdiction page
 * (the routes to and from it, with its outline marked): geometry, links, text alternative.
 */
import type { Casebook } from '../../model/casebook.ts';
import { jurisdictionName } from '../../model/jurisdictions.ts';
import type { Urls } from '../../model/urls.ts';
import { INSET, layoutInset } from './flow-inset.ts';
import { layoutFlows, legendArrow } from './flow-map.ts';
import { flowRoutes, routeHref } from './flow-routes.ts';
import { blocMembers, EEA_ONLY_MEMBERS, EU_MEMBERS } from './regions.ts';
import { worldMap } from './world-map.ts';

export const MAP_WIDTH = 960;
/** Label sizes in map units, matching the CSS: wide maps (desktop) and narrow ones (phones, where the map shrinks to ~0.4). */
const LABEL_SIZES = { wide: 15, narrow: 30 };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The flow map of every route, or (with `focus`) of the routes touching one jurisdiction; undefined when there are none. */
export function flowMapView(book: Casebook, urls: Urls, options: { focus?: string; id?: string } = {}) {
  const { focus, id = 'flow-map' } = options;
  const all = flowRoutes(book);
  const routes = focus ? all.filter((r) => r.from === focus || r.to === focus) : all;
  if (routes.length === 0) return undefined;
  const map = worldMap(MAP_WIDTH);
  const layout = layoutFlows(routes, map, { maxCases: Math.max(...all.map((r) => r.caseIds.length)), focus, fontSizes: LABEL_SIZES });
  const routeText = (r: (typeof routes)[number]) => `${jurisdictionName(r.from)} → ${jurisdictionName(r.to)}`;
  const focusName = focus ? jurisdictionName(focus) : undefined;
  // Where the narrow map's labels crowd (they crowd there first), an inset enlarges the map.
  const inset = layoutInset({ nodes: layout.nodes, crowded: layout.nodes.filter((n) => !n.labels.narrow.free).map((n) => n.code), arcs: layout.arcs, order: layout.order });
  const inInset = new Set(inset?.nodes.map((n) => n.code));
  const top = routes.slice(0, 5).map((r) => `${routeText(r)} (${plural(r.caseIds.length, 'case')})`);
  const arcLinks = (route: (typeof routes)[number]) => ({
    alleged: route.alleged,
    href: routeHref(urls, route.slug),
    label: `${routeText(route)}: ${plural(route.caseIds.length, 'case')}${route.alleged ? ' (alleged)' : ''}`,
  });
  const arcs = layout.arcs.map((arc) => ({ length: arc.length, d: arc.d, head: arc.head, width: arc.width, ...arcLinks(arc.route) }));
  return {
    id,
    width: map.width,
    height: map.height,
    focusName,
    title: focusName ? `Personal data flows: ${focusName}` : 'Where personal data went: flows between jurisdictions',
    desc:
      `World map with ${plural(routes.length, 'arrow')} from the jurisdiction the data left to the one it reached, wider for more cases. ` +
      `${routes.length > 5 ? 'Most cases' : 'Routes'}: ${top.join('; ')}.` +
      (layout.unplaced.length ? ` Not on the map: ${layout.unplaced.map(jurisdictionName).join(', ')}.` : '') +
      ' The data table lists every route.',
    land: map.land,
    borders: map.borders,
    eu: map.outline(EU_MEMBERS),
    eeaOnly: map.outline(EEA_ONLY_MEMBERS),
    // A bloc in focus is already outlined as the EU/EEA; a country gets its own outline.
    focusOutline: focus && !blocMembers(focus) ? map.outline([focus]) : '',
    arcs,
    /** Pointer targets, longest arc first, so a short arc is never buried under a long one from the same place. */
    hits: [...arcs].sort((a, b) => b.length - a.length || a.href.localeCompare(b.href, 'en')),
    // A label with no free spot is left out when the inset has it; on a narrow map always, and the
    // inset's labels too (they are legible only there).
    nodes: layout.nodes.map((node) => ({
      ...node,
      href: urls.jurisdiction(node.code),
      labels: {
        wide: { ...node.labels.wide, shown: node.labels.wide.free || !inInset.has(node.code) },
        narrow: { ...node.labels.narrow, shown: node.labels.narrow.free && !inInset.has(node.code) },
      },
    })),
    inset: inset && {
      id: `${id}-inset`,
      title: `Enlarged: ${inset.nodes.map((n) => jurisdictionName(n.code)).sort((a, b) => a.localeCompare(b, 'en')).join(', ')}`,
      width: INSET.width,
      height: INSET.height,
      box: inset.box,
      transform: inset.transform,
      arcs: inset.arcs.map((arc) => ({ d: arc.d, head: arc.head, width: arc.width, ...arcLinks(arc.route) })),
      nodes: inset.nodes.map((n) => ({ ...n, name: jurisdictionName(n.code), href: urls.jurisdiction(n.code), focus: n.code === focus })),
    },
    legend: {
      widths: layout.legend.map((l) => ({ ...l, ...legendArrow(l.width), label: plural(l.cases, 'case') })),
      allegedArrow: legendArrow(2),
      alleged: routes.some((r) => r.alleged),
    },
    rows: routes.map((r) => ({
      from: { code: r.from, name: jurisdictionName(r.from), href: urls.jurisdiction(r.from) },
      to: { code: r.to, name: jurisdictionName(r.to), href: urls.jurisdiction(r.to) },
      cases: r.caseIds.length,
      casesText: plural(r.caseIds.length, 'case'),
      href: routeHref(urls, r.slug),
      alleged: r.alleged,
    })),
  };
}
export type FlowMapView = NonNullable<ReturnType<typeof flowMapView>>;
