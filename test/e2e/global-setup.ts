import type { TestProject } from 'vitest/node';
import { buildSiteOrThrow } from '../support/build-site.ts';
import { serveSite } from '../support/static-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

/** Builds the shipped content once and serves it on loopback for every browser test. */
export default async function setup(project: TestProject) {
  const outDir = buildSiteOrThrow('content');
  const site = await serveSite(outDir);
  project.provide('siteUrl', site.url);
  return () => site.stop();
}
