import type { TestProject } from 'vitest/node';
import { buildSiteOrThrow, removeBuilds } from '../support/build-site.ts';
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
    /** The first fixture build served (it has a retired case id, so a redirect page). */
    fixtureUrl: string;
    /** test/fixtures/defects served: the planted defects the browser and permanence gates must catch. */
    defectsUrl: string;
  }
}

/** Builds once for every gate (content/, and the good fixture twice) and serves what the browser gates load. */
export default async function setup(project: TestProject) {
  // The content build sits between the two fixture builds, so the second fixture build cannot
  // reuse anything the first left in Astro's caches: the two are as independent as two machines'.
  const fixtureDist = buildSiteOrThrow('test/fixtures/good');
  const contentDist = buildSiteOrThrow('content');
  const fixtureDistAgain = buildSiteOrThrow('test/fixtures/good');
  const servers = await Promise.all([serveSite(contentDist), serveSite(fixtureDist), serveSite('test/fixtures/defects')]);
  project.provide('contentDist', contentDist);
  project.provide('fixtureDist', fixtureDist);
  project.provide('fixtureDistAgain', fixtureDistAgain);
  project.provide('contentUrl', servers[0].url);
  project.provide('fixtureUrl', servers[1].url);
  project.provide('defectsUrl', servers[2].url);
  return async () => {
    await Promise.all(servers.map((server) => server.stop()));
    removeBuilds(fixtureDist, contentDist, fixtureDistAgain);
  };
}
