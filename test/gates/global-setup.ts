import type { TestProject } from 'vitest/node';
import { buildSiteOrThrow } from '../support/build-site.ts';
import { serveSite } from '../support/static-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** dist/ of the shipped content/, the site every gate checks. */
    contentDist: string;
    /** The same build, served on loopback for the browser gates. */
    contentUrl: string;
    /** Two builds of test/fixtures/good (every optional field), for the determinism gate. */
    fixtureDist: string;
    fixtureDistAgain: string;
  }
}

/** Builds once for every gate: content/, and the good fixture twice. */
export default async function setup(project: TestProject) {
  // The content build sits between the two fixture builds, so the second fixture build cannot
  // reuse anything the first left in Astro's caches: the two are as independent as two machines'.
  const fixtureDist = buildSiteOrThrow('test/fixtures/good');
  const contentDist = buildSiteOrThrow('content');
  const fixtureDistAgain = buildSiteOrThrow('test/fixtures/good');
  const served = await serveSite(contentDist);
  project.provide('contentDist', contentDist);
  project.provide('contentUrl', served.url);
  project.provide('fixtureDist', fixtureDist);
  project.provide('fixtureDistAgain', fixtureDistAgain);
  return () => served.stop();
}
