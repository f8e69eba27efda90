import type { TestProject } from 'vitest/node';
import { buildSiteOrThrow, removeBuilds } from '../support/build-site.ts';
import { serveSite } from '../support/static-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    fixtureUrl: string;
  }
}

/** Builds the shipped content and the multi-case fixture once, and serves both on loopback. */
export default async function setup(project: TestProject) {
  const shippedDist = buildSiteOrThrow('content');
  const fixtureDist = buildSiteOrThrow('test/fixtures/good');
  const shipped = await serveSite(shippedDist);
  const fixture = await serveSite(fixtureDist);
  project.provide('siteUrl', shipped.url);
  project.provide('fixtureUrl', fixture.url);
  return async () => {
    await shipped.stop();
    await fixture.stop();
    removeBuilds(shippedDist, fixtureDist);
  };
}
