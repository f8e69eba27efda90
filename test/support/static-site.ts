/** Serves a built site on a free loopback port with Astro's own preview server. */
import { preview } from 'astro';
import { createServer } from 'node:net';
import { ROOT } from './build-site.ts';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function serveSite(outDir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  process.env.CASEBOOK_OUT_DIR = outDir;
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const port = await freePort();
  const server = await preview({ root: ROOT, logLevel: 'error', server: { host: '127.0.0.1', port } });
  return { url: `http://127.0.0.1:${port}`, stop: () => server.stop() };
}
