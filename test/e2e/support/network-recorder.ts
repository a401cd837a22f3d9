import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { BrowserContext, CDPSession, Page, Request } from 'playwright-core';
import { projectRoot } from '../../../data/compiler/read-seeds';

/**
 * Every network request the extension makes, recorded across the whole end-to-end suite.
 * Each launch appends to this file (JSON Lines); `zz-network.test.ts` adds it all up.
 */
export const REQUEST_LOG = join(projectRoot, 'test-results', 'extension-requests.jsonl');

/** Which part of the extension a request came from, and how it was told apart. */
export type RequestSource =
  /** The background service worker (Playwright's `request.serviceWorker()`, or CDP for WebSockets). */
  | 'service-worker'
  /** A page of the extension (popup, timeline tab): its frame is a `chrome-extension://` URL. */
  | 'extension-page'
  /** A script of the extension running in a web page: the initiator's stack is in `chrome-extension://`. */
  | 'content-script'
  /**
   * A web page asked a host that is not this machine. Fixtures are served from the loopback
   * and never name another host, so such a request can only come from the extension (an
   * image, stylesheet or font it put in the page, whose initiator Chromium reports as the
   * page's parser). Counted against the extension: a false alarm is better than a leak.
   */
  | 'foreign-host';

export interface ExtensionRequest {
  url: string;
  source: RequestSource;
  /** The page, frame or worker the request came from. */
  from: string;
  /** Chromium's resource type: Fetch, XHR, Image, WebSocket… */
  type: string;
}

/** One line of the log. `run` ties the lines of one Vitest run together. */
export type RequestLogLine =
  | { kind: 'launch'; run: string; file: string; extensionDir: string; at: string }
  | ({ kind: 'request'; run: string; file: string } & ExtensionRequest)
  | { kind: 'close'; run: string; file: string; observed: number; requests: number; at: string };

/** Schemes that leave the browser. `chrome-extension:`, `data:`, `blob:` and `about:` do not. */
const NETWORK_SCHEME = /^(?:https?|wss?|ftp):/iu;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

interface Initiator {
  type: string;
  url?: string;
  stack?: { callFrames: { url: string }[]; parent?: Initiator['stack'] };
}

interface RequestWillBeSent {
  documentURL: string;
  type?: string;
  request: { url: string };
  initiator: Initiator;
}

interface WebSocketCreated {
  url: string;
  initiator?: Initiator;
}

/**
 * Tells apart the requests of the extension from the page's own, in one browser context:
 * - Playwright's request events name the service worker or the frame of each request:
 *   the service worker's requests and those of `chrome-extension://` pages are the
 *   extension's;
 * - a content script's requests carry the page's origin; the DevTools protocol's
 *   `Network.requestWillBeSent` gives the script that made each one (the top frame of the
 *   initiator's stack): a `chrome-extension://` script is the extension. A CDP session per
 *   page, opened before the page navigates (see `attach`);
 * - WebSockets do not show in Playwright's request events: a browser-level CDP session
 *   attached to the service worker, and the page sessions, report them;
 * - what the initiator does not tell (an element the extension inserts, whose load
 *   Chromium attributes to the page's parser) is caught when it leaves the machine
 *   (`foreign-host`), and on the hostile pages by comparing with a browser without the
 *   extension.
 */
export class NetworkRecorder {
  readonly requests: ExtensionRequest[] = [];
  /** Requests observed in all, the extension's own files and the fixtures included: proof that the recorder listened. */
  observed = 0;
  private readonly attached = new WeakMap<Page, Promise<void>>();
  private readonly sessions: CDPSession[] = [];
  private readonly workerTargets = new Set<string>();
  private readonly extensionOrigin: string;

  constructor(
    private readonly context: BrowserContext,
    extensionId: string,
    private readonly log: { path: string; run: string; file: string; extensionDir: string } | null,
  ) {
    this.extensionOrigin = `chrome-extension://${extensionId}/`;
  }

  async start(): Promise<void> {
    this.write({ kind: 'launch', extensionDir: this.log?.extensionDir ?? '', at: new Date().toISOString() });
    this.context.on('request', (request) => this.onPlaywrightRequest(request));
    this.context.on('page', (page) => void this.attach(page));
    await Promise.all(this.context.pages().map((page) => this.attach(page)));
    await this.watchServiceWorkers();
    await this.restartServiceWorker();
  }

  /**
   * The extension's service worker starts with the browser, before anything listens: what
   * its first run asked for could go unseen (on a busy machine, it did). Stopped and started
   * again now, it runs its top-level code once more in full view.
   */
  private async restartServiceWorker(): Promise<void> {
    const page = this.context.pages()[0] ?? (await this.context.newPage());
    const session = await this.context.newCDPSession(page);
    try {
      await session.send('ServiceWorker.enable');
      await session.send('ServiceWorker.stopAllWorkers');
      await session.send('ServiceWorker.startWorker', { scopeURL: this.extensionOrigin });
    } finally {
      await session.detach().catch(() => {});
    }
  }

  /** Opens the page's CDP session; resolves once it listens (idempotent). */
  attach(page: Page): Promise<void> {
    let ready = this.attached.get(page);
    if (!ready) {
      ready = this.listenToPage(page).catch(() => {
        // The page closed before its session opened: it made no request we could miss.
      });
      this.attached.set(page, ready);
    }
    return ready;
  }

  /** Writes the launch's totals to the log and closes the CDP sessions. */
  async stop(): Promise<void> {
    this.write({
      kind: 'close',
      observed: this.observed,
      requests: this.requests.length,
      at: new Date().toISOString(),
    });
    await Promise.all(this.sessions.map((session) => session.detach().catch(() => {})));
  }

  private onPlaywrightRequest(request: Request): void {
    this.observed++;
    const url = request.url();
    if (!NETWORK_SCHEME.test(url)) return;
    const worker = request.serviceWorker();
    if (worker) {
      if (worker.url().startsWith(this.extensionOrigin)) this.record(url, 'service-worker', worker.url(), request);
      return;
    }
    // A top-level navigation is the test's (or the reader's) doing; one an extension
    // script starts is caught by its initiator in `listenToPage`.
    if (request.isNavigationRequest()) return;
    let frameUrl: string;
    try {
      frameUrl = request.frame().url();
    } catch {
      return;
    }
    if (frameUrl.startsWith(this.extensionOrigin)) this.record(url, 'extension-page', frameUrl, request);
    else if (!LOOPBACK_HOSTS.has(new URL(url).hostname)) this.record(url, 'foreign-host', frameUrl, request);
  }

  private async listenToPage(page: Page): Promise<void> {
    const session = await this.context.newCDPSession(page);
    this.sessions.push(session);
    session.on('Network.requestWillBeSent', (event: RequestWillBeSent) => {
      if (!NETWORK_SCHEME.test(event.request.url) || !this.isExtensionScript(event.initiator)) return;
      // An extension page's own requests are already counted from Playwright's events,
      // except the navigations its scripts start.
      const onExtensionPage = event.documentURL.startsWith(this.extensionOrigin);
      if (onExtensionPage && event.type !== 'Document') return;
      this.push({
        url: event.request.url,
        source: onExtensionPage ? 'extension-page' : 'content-script',
        from: event.documentURL,
        type: event.type ?? 'Other',
      });
    });
    session.on('Network.webSocketCreated', (event: WebSocketCreated) => {
      this.observed++;
      if (!event.initiator || !this.isExtensionScript(event.initiator)) return;
      this.push({ url: event.url, source: 'content-script', from: page.url(), type: 'WebSocket' });
    });
    await session.send('Network.enable');
  }

  /**
   * The service worker's WebSockets, through a browser-level CDP session attached to each
   * of the extension's service workers (a new one starts after an idle stop or a reload).
   */
  private async watchServiceWorkers(): Promise<void> {
    const browser = this.context.browser();
    if (!browser) return;
    const session = await browser.newBrowserCDPSession();
    this.sessions.push(session);
    let messageId = 0;
    const attach = async (target: { targetId: string; type: string; url: string }) => {
      if (target.type !== 'service_worker' || !target.url.startsWith(this.extensionOrigin)) return;
      if (this.workerTargets.has(target.targetId)) return;
      this.workerTargets.add(target.targetId);
      try {
        const { sessionId } = await session.send('Target.attachToTarget', {
          targetId: target.targetId,
          flatten: false,
        });
        const message = JSON.stringify({ id: ++messageId, method: 'Network.enable' });
        await session.send('Target.sendMessageToTarget', { sessionId, message });
      } catch {
        // The worker stopped before we attached: it has no requests left to make.
      }
    };
    session.on('Target.receivedMessageFromTarget', ({ message }: { message: string }) => {
      const parsed = JSON.parse(message) as { method?: string; params?: WebSocketCreated };
      if (parsed.method !== 'Network.webSocketCreated' || !parsed.params) return;
      this.observed++;
      this.push({ url: parsed.params.url, source: 'service-worker', from: 'service worker', type: 'WebSocket' });
    });
    session.on('Target.targetCreated', ({ targetInfo }) => void attach(targetInfo));
    await session.send('Target.setDiscoverTargets', { discover: true });
    const { targetInfos } = await session.send('Target.getTargets');
    await Promise.all(targetInfos.map(attach));
  }

  /** The script that made the request (the top frame with a URL) is one of the extension's. */
  private isExtensionScript(initiator: Initiator): boolean {
    if (initiator.url?.startsWith(this.extensionOrigin)) return true;
    for (let stack = initiator.stack; stack; stack = stack.parent) {
      const top = stack.callFrames.find((frame) => frame.url !== '');
      if (top) return top.url.startsWith(this.extensionOrigin);
    }
    return false;
  }

  private record(url: string, source: RequestSource, from: string, request: Request): void {
    this.push({ url, source, from, type: request.resourceType() });
  }

  private push(request: ExtensionRequest): void {
    this.requests.push(request);
    this.write({ kind: 'request', ...request });
  }

  private write(line: { kind: RequestLogLine['kind'] } & Record<string, unknown>): void {
    if (!this.log) return;
    mkdirSync(dirname(this.log.path), { recursive: true });
    // One line per event, written at once: a test file that crashes still leaves its record.
    appendFileSync(this.log.path, `${JSON.stringify({ ...line, run: this.log.run, file: this.log.file })}\n`);
  }
}

/**
 * Ties the log's lines to one Vitest run: test files run in worker processes forked by one
 * Vitest process, whose pid and start time (from `/proc`, on Linux) name the run. Lines of
 * earlier runs in the same file are then ignored, whether or not the file was cleared.
 */
export function currentRun(): string {
  const parent = process.ppid;
  try {
    const stat = readFileSync(`/proc/${parent}/stat`, 'utf8');
    // Field 22, after the command name in parentheses (which may hold spaces).
    const startTime = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    return `${parent}@${startTime}`;
  } catch {
    return String(parent);
  }
}

/** The log's lines of one run (all runs when `run` is undefined). */
export function readRequestLog(path = REQUEST_LOG, run?: string): RequestLogLine[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as RequestLogLine)
    .filter((line) => run === undefined || line.run === run);
}
