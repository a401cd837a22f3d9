import type { CDPSession, Page } from 'playwright-core';

/**
 * Reading a hostile page without trusting it. `page.evaluate` runs in the page's own world,
 * where the page may have replaced `Array.prototype.map`, `querySelectorAll` or `JSON`:
 * these helpers evaluate in an isolated world of their own (like a content script's),
 * through the DevTools protocol, and collect the errors thrown in every world of the page,
 * the extension's content script included.
 */
export class PageProbe {
  /** Uncaught errors in any world of the page (the page's own, the content script's). */
  readonly errors: string[] = [];
  private constructor(
    readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async attach(page: Page): Promise<PageProbe> {
    const cdp = await page.context().newCDPSession(page);
    const probe = new PageProbe(page, cdp);
    cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
      const where = exceptionDetails.url ?? exceptionDetails.executionContextId;
      probe.errors.push(`${where}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    });
    cdp.on('Runtime.consoleAPICalled', ({ type, args }) => {
      const text = args.map((arg) => String(arg.value ?? arg.description ?? '')).join(' ');
      // The extension logs its own failures with this prefix (see `page-session.ts`).
      if (type === 'error' && text.includes('Éclairage')) probe.errors.push(`console: ${text}`);
    });
    await cdp.send('Runtime.enable');
    return probe;
  }

  /** Runs `fn(arg)` in a fresh isolated world of the main frame; returns its (JSON) result. */
  async run<A, R>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    const contextId = await this.isolatedWorld();
    const { result, exceptionDetails } = await this.cdp.send('Runtime.evaluate', {
      expression: `(${fn.toString()})(${JSON.stringify(arg ?? null)})`,
      contextId,
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as R;
  }

  /**
   * Reads an expression in the page's own world (its globals live there), serialised by
   * the protocol, not by any script the page could have replaced.
   */
  async readPageGlobal<R>(expression: string): Promise<R> {
    const { result, exceptionDetails } = await this.cdp.send('Runtime.evaluate', { expression, returnByValue: true });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as R;
  }

  /** Polls `fn` in isolation until it returns a truthy value. */
  async waitFor<A>(fn: (arg: A) => unknown, arg?: A, timeoutMs = 15_000): Promise<void> {
    const start = Date.now();
    while (!(await this.run(fn, arg))) {
      if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${fn.toString().slice(0, 120)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /**
   * Runs `fn` on the host's shadow root (closed ones included: the protocol sees them),
   * in an isolated world. Returns null when there is no such host.
   */
  async inShadowOf<R>(hostName: string, fn: (root: ShadowRoot) => R): Promise<R | null> {
    interface DomNode {
      localName?: string;
      backendNodeId: number;
      children?: DomNode[];
      shadowRoots?: DomNode[];
      contentDocument?: DomNode;
    }
    const { root } = (await this.cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const find = (node: DomNode): DomNode | undefined => {
      if (node.localName === hostName && node.shadowRoots?.[0]) return node.shadowRoots[0];
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
        const found = find(child);
        if (found) return found;
      }
      return undefined;
    };
    const shadow = find(root);
    if (!shadow) return null;
    const executionContextId = await this.isolatedWorld();
    const { object } = await this.cdp.send('DOM.resolveNode', {
      backendNodeId: shadow.backendNodeId,
      executionContextId,
    });
    const { result, exceptionDetails } = await this.cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: `function () { return (${fn.toString()})(this); }`,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as R;
  }

  async detach(): Promise<void> {
    await this.cdp.detach().catch(() => {});
  }

  private async isolatedWorld(): Promise<number> {
    const { frameTree } = await this.cdp.send('Page.getFrameTree');
    const { executionContextId } = await this.cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'eclairage-test-probe',
    });
    return executionContextId;
  }
}

/** What the reader sees and owns on the page, read in isolation. */
export interface ProbedState {
  visibleText: string;
  formValues: string[];
  editors: string[];
}

export function readState(probe: PageProbe): Promise<ProbedState> {
  return probe.run(() => ({
    visibleText: document.body.innerText,
    formValues: [...document.querySelectorAll('input, textarea, select')].map(
      (control) => (control as HTMLInputElement).value,
    ),
    editors: [...document.querySelectorAll('[contenteditable]:not([contenteditable="false"]), [role="textbox"]')].map(
      // Reading, not writing: an editor's markup is the user's data the test compares.
      // eslint-disable-next-line no-restricted-properties
      (editor) => editor.innerHTML,
    ),
  }));
}

/** One highlight: its text (pieces joined), entity, and the id of the nearest ancestor with one. */
export type ProbedHighlight = [text: string, entity: string, where: string];

export function readMarks(probe: PageProbe): Promise<ProbedHighlight[]> {
  return probe.run(() => {
    const found: [string, string, string][] = [];
    for (const element of document.querySelectorAll('eclairage-mark')) {
      const text = element.textContent ?? '';
      const last = found[found.length - 1];
      if (element.hasAttribute('data-continued') && last) last[0] += text;
      else found.push([text, element.getAttribute('data-entity') ?? '', element.closest('[id]')?.id ?? '']);
    }
    return found;
  });
}

export function countMarks(probe: PageProbe): Promise<number> {
  return probe.run(() => document.querySelectorAll('eclairage-mark').length);
}

/** Waits for the extension's first pass to end, then for the highlights to stop changing. */
export async function waitForPass(probe: PageProbe, quietMs = 500, timeoutMs = 30_000): Promise<number> {
  await probe.waitFor(() => performance.getEntriesByName('eclairage:pass-end').length > 0, undefined, timeoutMs);
  return settle(probe, quietMs, timeoutMs);
}

/** Waits until the number of highlights has not changed for `quietMs`. */
export async function settle(probe: PageProbe, quietMs = 500, timeoutMs = 30_000): Promise<number> {
  const start = Date.now();
  let last = -1;
  let since = Date.now();
  for (;;) {
    const count = await countMarks(probe);
    if (count !== last) {
      last = count;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) {
      return count;
    }
    if (Date.now() - start > timeoutMs) return count;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
