import type { CDPSession } from 'playwright-core';

/**
 * The extension files a page fetches (through the DevTools protocol's Network domain: the
 * page's resource timing does not list them). The content script loads its card bundle
 * with `import()` on the reader's first gesture towards a highlight, which the benchmark
 * never makes; were it loaded (a regression), that load, and the compile and run
 * of the bundle, are the extension's cost too, so a run waits for them.
 */
export class ExtensionFetches {
  /** URLs requested so far. */
  readonly urls: string[] = [];
  private readonly pending = new Set<string>();
  private waiters: (() => void)[] = [];

  constructor(private readonly cdp: CDPSession) {
    cdp.on('Network.requestWillBeSent', (event) => {
      if (!event.request.url.startsWith('chrome-extension://')) return;
      this.urls.push(event.request.url);
      this.pending.add(event.requestId);
    });
    const done = (event: { requestId: string }) => {
      if (!this.pending.delete(event.requestId) || this.pending.size > 0) return;
      for (const resolve of this.waiters.splice(0)) resolve();
    };
    cdp.on('Network.loadingFinished', done);
    cdp.on('Network.loadingFailed', done);
  }

  enable(): Promise<unknown> {
    return this.cdp.send('Network.enable');
  }

  /** Resolves when every fetch seen so far has finished. */
  settled(): Promise<void> {
    if (this.pending.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }
}
