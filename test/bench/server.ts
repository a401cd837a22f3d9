import { createServer, type ServerResponse } from 'node:http';
import { HELD_SCRIPT } from './pages/page-shell';

/**
 * Serves the generated pages from memory on a loopback port (the content script matches
 * `http://*`), one URL per run: `/run/<run id>/<page id>.html`. Each page's held script,
 * `/run/<run id>/held.js`, is answered only when the harness releases that run.
 */
export interface BenchServer {
  origin: string;
  /** A fresh run of a page: its URL, and `release(body)` to answer its held script. */
  newRun: (pageId: string) => { url: string; release: (script: string) => void };
  close: () => Promise<void>;
}

export async function startBenchServer(pages: ReadonlyMap<string, string>): Promise<BenchServer> {
  /** Per run: the waiting response, or the released body, whichever came first. */
  const held = new Map<string, { response?: ServerResponse; body?: string }>();
  const answer = (response: ServerResponse, body: string) =>
    response
      .writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' })
      .end(body);

  const server = createServer((request, response) => {
    const match = /^\/run\/(\d+)\/([\w.-]+)$/u.exec(new URL(request.url ?? '/', 'http://x').pathname);
    const [, run, file] = match ?? [];
    if (run && file === HELD_SCRIPT) {
      const entry = held.get(run) ?? {};
      if (entry.body !== undefined) answer(response, entry.body);
      else held.set(run, { response });
      return;
    }
    const html = file ? pages.get(file.replace(/\.html$/u, '')) : undefined;
    if (!html) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  let runs = 0;
  return {
    origin,
    newRun(pageId) {
      const run = String(++runs);
      return {
        url: `${origin}/run/${run}/${pageId}.html`,
        release(script) {
          const entry = held.get(run);
          if (entry?.response) answer(entry.response, script);
          else held.set(run, { body: script });
        },
      };
    },
    close: () =>
      new Promise((resolve) => {
        for (const { response } of held.values()) response?.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
