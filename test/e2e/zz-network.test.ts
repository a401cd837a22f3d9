import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { currentRun, readRequestLog, type RequestSource } from './support/network-recorder';

/**
 * The "private" promise over the whole end-to-end suite: every browser that the suite
 * launched with the extension recorded the extension's network requests (see
 * `support/network-recorder.ts`); this file, run last, adds them up. The total must be 0.
 *
 * A count of 0 proves something only if the recorder would have seen a request: the second
 * part loads a small extension that makes one request of each kind, and checks that every
 * one is recorded.
 */
describe('zero network, across the whole end-to-end suite', () => {
  it('the extension made no network request in any test', () => {
    const lines = readRequestLog(undefined, currentRun());
    const launches = lines.filter((line) => line.kind === 'launch');
    const requests = lines.filter((line) => line.kind === 'request');
    const observed = lines.reduce((sum, line) => sum + (line.kind === 'close' ? line.observed : 0), 0);
    const files = new Set(launches.map((line) => line.file));
    console.log(
      `extension network requests: ${requests.length} ` +
        `(${launches.length} browser launches in ${files.size} test files, ${observed} requests observed in all)`,
    );
    for (const request of requests) console.log(`  ${request.file}: ${request.source} ${request.type} ${request.url}`);
    expect(requests.map(({ file, source, url }) => `${file}: ${source} ${url}`)).toEqual([]);
  });
});

describe('the request recorder sees every kind of request (a leaky test extension)', () => {
  let dir: string;
  let server: FixtureServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await startFixtureServer();
    dir = mkdtempSync(join(tmpdir(), 'eclairage-leaky-'));
    writeLeakyExtension(dir, server.origin);
    // The worker's start-up fetch is over before the recorder listens: it must be seen anyway.
    browser = await launchWithExtension({ extensionDir: dir, requestLog: null, recordAfterMs: 1500 });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('records the service worker, extension pages and content scripts, each by what made it', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('news-article.html'));
    const popup = await browser.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const expected: [RequestSource, string][] = [
      ['service-worker', '/leak/sw-fetch'],
      ['service-worker', '/leak/sw-socket'],
      ['extension-page', '/leak/popup-fetch'],
      ['extension-page', '/leak/popup-image'],
      ['content-script', '/leak/content-fetch'],
      ['content-script', '/leak/content-xhr'],
      ['content-script', '/leak/content-beacon'],
      ['content-script', '/leak/content-socket'],
      ['foreign-host', '/leak/content-event-source'],
      ['foreign-host', '/leak/content-image'],
      ['foreign-host', '/leak/content-css'],
    ];
    const seen = () => browser.extensionRequests.map(({ source, url }) => [source, new URL(url).pathname]);
    await expect.poll(seen, { timeout: 10_000 }).toEqual(expect.arrayContaining(expected));
    // The page's own request, the fixture itself and the extension's own files are not counted.
    expect(browser.extensionRequests.map(({ url }) => url)).not.toContainEqual(
      expect.stringContaining('news-article.html'),
    );
    expect(browser.extensionRequests.filter(({ url }) => url.startsWith('chrome-extension:'))).toEqual([]);
  });
});

/**
 * An MV3 extension that calls out in every way the static check forbids: to the fixture
 * server (fetch, XHR, beacon, WebSocket), and, for what Chromium attributes to the page
 * (an EventSource, the elements and styles it inserts), to a documentation-only address
 * (TEST-NET-1, RFC 5737) that nothing answers.
 */
function writeLeakyExtension(dir: string, origin: string): void {
  const foreign = 'http://192.0.2.1';
  const socket = origin.replace(/^http/u, 'ws');
  const files: Record<string, string> = {
    'manifest.json': JSON.stringify({
      manifest_version: 3,
      name: 'leaky',
      version: '1.0',
      background: { service_worker: 'sw.js' },
      content_scripts: [{ matches: ['http://*/*'], js: ['content.js'], css: ['content.css'] }],
      action: { default_popup: 'popup.html' },
    }),
    // The socket opens on a message, once the worker runs: the recorder's CDP session
    // attaches to a worker that is already running (Playwright sees its fetches from the start).
    'sw.js': `
      fetch('${origin}/leak/sw-fetch').catch(() => {});
      chrome.runtime.onMessage.addListener(() => {
        try { new WebSocket('${socket}/leak/sw-socket'); } catch {}
      });
    `,
    'content.js': `
      fetch('/leak/content-fetch').catch(() => {});
      const xhr = new XMLHttpRequest(); xhr.open('GET', '/leak/content-xhr'); xhr.send();
      navigator.sendBeacon('/leak/content-beacon', 'x');
      try { new WebSocket('${socket}/leak/content-socket'); } catch {}
      // Chromium reports an EventSource's initiator as the page's parser: seen when it leaves the machine.
      new EventSource('${foreign}/leak/content-event-source');
      const image = document.createElement('img');
      image.src = '${foreign}/leak/content-image';
      const styled = document.createElement('div');
      styled.className = 'leaky-styled';
      document.body.append(image, styled);
      chrome.runtime.sendMessage('open a socket');
    `,
    'content.css': `.leaky-styled { width: 10px; height: 10px; background-image: url(${foreign}/leak/content-css); }`,
    'popup.html': '<!doctype html><script src="popup.js"></script>',
    'popup.js': `
      fetch('${origin}/leak/popup-fetch').catch(() => {});
      const image = document.createElement('img');
      image.src = '${foreign}/leak/popup-image';
      document.documentElement.append(image);
    `,
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
}
