import type { APIRoute } from 'astro';
import { urls } from '../../lib/content/collections.ts';
import { dataPackageJson } from '../../lib/outputs/data-package.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(dataPackageJson({ home: new URL(urls.home, site).href, casesJson: new URL(urls.data('cases.json'), site).href }), null, 2));
