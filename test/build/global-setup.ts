import type { TestProject } from 'vitest/node';
import { buildSiteOrThrow, removeBuilds } from '../support/build-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureDist: string;
  }
}

/** One build of the good fixture tree for the whole build suite. */
export default function setup(project: TestProject) {
  const dist = buildSiteOrThrow('test/fixtures/good');
  project.provide('fixtureDist', dist);
  return () => removeBuilds(dist);
}
