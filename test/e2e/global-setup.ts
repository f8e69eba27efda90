import type { TestProject } from 'vitest/node';
import { buildSiteOrThrow, removeBuilds } from '../support/build-site.ts';
import { serveSite } from '../support/static-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    fixtureUrl: string;
    partsUrl: string;
  }
}

/**
 * Builds the shipped content and the multi-case fixture once, and serves both on loopback; and the
 * shipped content again with its case pages searched in parts of 8 (search-parts.ts), as a
 * Casebook of more than 2,500 cases is.
 */
export default async function setup(project: TestProject) {
  const shippedDist = buildSiteOrThrow('content');
  const fixtureDist = buildSiteOrThrow('test/fixtures/good');
  const partsDist = buildSiteOrThrow('content', { CASEBOOK_SEARCH_PART_CASES: '8' });
  const shipped = await serveSite(shippedDist);
  const fixture = await serveSite(fixtureDist);
  const parts = await serveSite(partsDist);
  project.provide('siteUrl', shipped.url);
  project.provide('fixtureUrl', fixture.url);
  project.provide('partsUrl', parts.url);
  return async () => {
    await shipped.stop();
    await fixture.stop();
    await parts.stop();
    removeBuilds(shippedDist, fixtureDist, partsDist);
  };
}
