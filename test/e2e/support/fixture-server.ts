import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { projectRoot } from '../../../data/compiler/read-seeds';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface FixtureServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  url: (path: string) => string;
  close: () => Promise<void>;
}

/**
 * Serves `test/fixtures/` on a free loopback port. A fixture may set its own response
 * headers in a first-line comment, `<!-- headers: {"Content-Security-Policy": "…"} -->`,
 * so that a page with a strict CSP is a real one, not one with a meta tag. That line is
 * not served.
 */
export async function startFixtureServer(root = join(projectRoot, 'test', 'fixtures')): Promise<FixtureServer> {
  const server: Server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    try {
      let body = await readFile(join(root, path));
      const headers: Record<string, string> = { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' };
      const declared = /^<!-- headers: (\{.*\}) -->\r?\n/u.exec(body.toString('utf8', 0, 2000));
      if (declared) {
        Object.assign(headers, JSON.parse(declared[1] as string));
        // Served without that line: a comment before the doctype would put the page in quirks mode.
        body = body.subarray(Buffer.byteLength(declared[0]));
      }
      response.writeHead(200, headers).end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
