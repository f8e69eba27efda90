/**
 * Routes: every exporting → importing jurisdiction pair that some case's `flows` name,
 * with the cases behind it. The flow map draws them; each has its own list page.
 */
import { casesById, type Casebook } from '../../model/casebook.ts';
import { caseSummary } from '../case-summary.ts';
import { jurisdictionName } from '../../model/jurisdictions.ts';
import { memoized } from '../../model/memoized.ts';
import type { Urls } from '../../model/urls.ts';

export interface FlowRoute {
  from: string;
  to: string;
  /** URL segment of the route's case list: `kr-cn`. */
  slug: string;
  /** Distinct cases with a flow on this route, in the casebook's order. */
  caseIds: string[];
  /** True when every flow on the route is alleged, none established. */
  alleged: boolean;
}

export const routeSlug = (from: string, to: string) => `${from}-${to}`.toLowerCase();

/** The page listing a route's cases: `/cases/flows/kr-cn/`. */
export const routeHref = (urls: Urls, slug: string) => urls.flowRoute(slug);

/**
 * Every route, most cases first, then by origin and destination code; with each route's page by
 * its slug. Once per build: every route page and every flow map asks for them.
 */
const routeIndex = memoized((book: Casebook) => {
  const routes = new Map<string, FlowRoute>();
  for (const record of book.cases) {
    for (const flow of record.data.flows) {
      if (flow.from === flow.to) continue;
      const slug = routeSlug(flow.from, flow.to);
      const route = routes.get(slug) ?? { from: flow.from, to: flow.to, slug, caseIds: [], alleged: true };
      // A case's flows are few: its id is last in the list when it is there at all.
      if (route.caseIds.at(-1) !== record.id) route.caseIds.push(record.id);
      route.alleged &&= flow.alleged ?? false;
      routes.set(slug, route);
    }
  }
  const sorted = [...routes.values()].sort((a, b) => b.caseIds.length - a.caseIds.length || a.from.localeCompare(b.from, 'en') || a.to.localeCompare(b.to, 'en'));
  return { sorted: sorted as readonly FlowRoute[], bySlug: routes as ReadonlyMap<string, FlowRoute> };
});

export function flowRoutes(book: Casebook): readonly FlowRoute[] {
  return routeIndex(book).sorted;
}

/** The view model of a route's page: its two ends and its cases as table rows. */
export function flowRouteView(book: Casebook, urls: Urls, slug: string) {
  const route = routeIndex(book).bySlug.get(slug);
  if (!route) throw new Error(`no flow route "${slug}"`);
  const end = (code: string) => ({ code, name: jurisdictionName(code), href: urls.jurisdiction(code) });
  const [from, to] = [end(route.from), end(route.to)];
  return {
    heading: `Personal data flows: ${from.name} → ${to.name}`,
    from,
    to,
    alleged: route.alleged,
    cases: route.caseIds.map((id) => caseSummary(book, urls, casesById(book).get(id)!)),
  };
}
