/**
 * Makes a build without a public address impossible to miss (issue 17): a preview build says so
 * in the log; a CI or production build without SITE_URL stops before anything is built.
 */
import type { AstroIntegration } from 'astro';
import { warningBlock, type AddressCheck } from '../lib/model/public-address.ts';

export function publicAddress(check: AddressCheck): AstroIntegration {
  return {
    name: 'casebook:public-address',
    hooks: {
      // Only `astro build` makes pages to publish; the dev server, preview and check do not.
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' || check.kind === 'public') return;
        if (check.kind === 'refused') throw new Error(warningBlock('No public address (SITE_URL): build stopped', check.message));
        if (check.loud) logger.warn(warningBlock('No public address (SITE_URL): preview build', check.message));
        else logger.info(check.message);
      },
    },
  };
}
