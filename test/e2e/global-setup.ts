import type { TestProject } from 'vitest/node';
import { buildSiteOrThrow } from '../support/build-site.ts';
import { serveSite } from '../support/static-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    fixtureUrl: string;
  }
}

/** Builds the shipped content and the multi-case fixture once, and serves both on loopback. */
export default async function setup(project: TestProject) {
  const shipped = await serveSite(buildSiteOrThrow('content'));
  const fixture = await serveSite(buildSiteOrThrow('test/fixtures/good'));
  project.provide('siteUrl', shipped.url);
  project.provide('fixtureUrl', fixture.url);
  return async () => {
    await shipped.stop();
    await fixture.stop();
  };
}
