import type { APIRoute } from 'astro';
import { urls } from '../lib/content/collections.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(urls.asset('sitemap.xml'), site).href}\n`);
