import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
};

export interface StaticServer {
  /** Base address without a trailing slash, e.g. http://127.0.0.1:40123 */
  url: string;
  close(): Promise<void>;
}

/** Pages made when asked for instead of read from a file: address path (`/news/x.html`) → HTML, or undefined. */
export type GeneratedPages = (pathname: string) => string | undefined;

/**
 * Serves the files under `root` on 127.0.0.1 (the address the manifest lets the content script run
 * on in tests; `localhost` would not match), and the `generated` pages at their addresses. Port 0
 * picks a free port.
 */
export async function serveDirectory(root: string, port = 0, generated?: GeneratedPages): Promise<StaticServer> {
  const base = path.resolve(root);
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const page = generated?.(pathname);
    if (page !== undefined) {
      response.writeHead(200, { 'content-type': contentTypes['.html'] as string, 'cache-control': 'no-store' });
      response.end(page);
      return;
    }
    let file = path.join(base, pathname);
    // path.join normalises "..": anything that ends up outside the root is refused.
    if (file !== base && !file.startsWith(base + path.sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      await stat(file);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const type = contentTypes[path.extname(file)] ?? 'application/octet-stream';
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: actualPort } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
