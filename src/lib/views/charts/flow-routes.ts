/**
 * Routes: every exporting → importing jurisdiction pair that some case's `flows` name,
 * with the cases behind it. The flow map draws them; each has its own list page.
 */
import type { Casebook } from '../../model/casebook.ts';
import { caseSummary } from '../case-summary.ts';
import { jurisdictionName } from '../../model/jurisdictions.ts';
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

/** Every route, most cases first, then by origin and destination code. */
export function flowRoutes(book: Casebook): FlowRoute[] {
  const routes = new Map<string, FlowRoute>();
  for (const record of book.cases) {
    for (const flow of record.data.flows) {
      if (flow.from === flow.to) continue;
      const slug = routeSlug(flow.from, flow.to);
      const route = routes.get(slug) ?? { from: flow.from, to: flow.to, slug, caseIds: [], alleged: true };
      if (!route.caseIds.includes(record.id)) route.caseIds.push(record.id);
      route.alleged &&= flow.alleged ?? false;
      routes.set(slug, route);
    }
  }
  return [...routes.values()].sort((a, b) => b.caseIds.length - a.caseIds.length || a.from.localeCompare(b.from, 'en') || a.to.localeCompare(b.to, 'en'));
}

/** The view model of a route's page: its two ends and its cases as table rows. */
export function flowRouteView(book: Casebook, urls: Urls, slug: string) {
  const route = flowRoutes(book).find((r) => r.slug === slug);
  if (!route) throw new Error(`no flow route "${slug}"`);
  const end = (code: string) => ({ code, name: jurisdictionName(code), href: urls.jurisdiction(code) });
  const [from, to] = [end(route.from), end(route.to)];
  return {
    heading: `Personal data flows: ${from.name} → ${to.name}`,
    from,
    to,
    alleged: route.alleged,
    cases: book.cases.filter((r) => route.caseIds.includes(r.id)).map((r) => caseSummary(book, urls, r)),
  };
}
