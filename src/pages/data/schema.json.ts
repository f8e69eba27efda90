import type { APIRoute } from 'astro';
import { contentJsonSchema } from '../../lib/outputs/open-data.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(contentJsonSchema(), null, 2));
