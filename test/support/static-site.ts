/** Serves a built site on a free loopback port, as a static host would (sirv: Vite's own static server). */
import { createServer } from 'node:http';
import sirv from 'sirv';

export async function serveSite(outDir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const handler = sirv(outDir, { dev: true, etag: false });
  const server = createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
