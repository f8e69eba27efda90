import type { TestProject } from 'vitest/node';
import { buildSiteOrThrow, removeBuilds } from '../support/build-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureDist: string;
  }
}

/**
 * One build of the good fixture tree for the whole build suite, as CI builds it: CI set, no
 * SITE_URL, a preview opted into by the harness (test/build/citation.test.ts checks its pages).
 */
export default function setup(project: TestProject) {
  const dist = buildSiteOrThrow('test/fixtures/good', { CI: '1' });
  project.provide('fixtureDist', dist);
  return () => removeBuilds(dist);
}
