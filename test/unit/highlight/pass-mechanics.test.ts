/* eslint-disable no-restricted-properties -- tests build their fixture DOM from markup they own. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Highlighter } from '../../../entrypoints/content/highlight/highlighter';
import { WritePacer } from '../../../entrypoints/content/highlight/write-pacer';
import { cachedResolver } from '../../../entrypoints/content/highlight/cached-resolver';
import {
  TextBlockReader,
  isUnchanged,
  openShadowRoots,
  siblingRuns,
  type TextBlock,
} from '../../../entrypoints/content/highlight/text-blocks';
import { NEXT_FRAME, runInSlices } from '../../../entrypoints/content/schedule/slices';
import { fakeResolver } from './fake-resolver';

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

const markTexts = () => [...document.querySelectorAll('eclairage-mark')].map((mark) => mark.textContent);

describe('the write', () => {
  it('wraps with mark.js without creating a live NodeIterator', () => {
    document.body.innerHTML = '<p>La CNIL et le <em>Cloud</em> Act, puis la CNIL.</p><p>Rien ici.</p>';
    const createNodeIterator = vi.spyOn(document, 'createNodeIterator');
    const highlighter = new Highlighter(fakeResolver, { mode: 'every', cap: 100 });
    for (const _ of highlighter.steps(document.body));
    expect(markTexts()).toEqual(['CNIL', 'Cloud', ' Act', 'CNIL']);
    expect(createNodeIterator).not.toHaveBeenCalled();
    expect(document.body.textContent).toBe('La CNIL et le Cloud Act, puis la CNIL.Rien ici.');
  });

  it('maps the scan offsets to the right nodes when untouched nodes come between', () => {
    document.body.innerHTML = '<p><b>Un</b> deux <i>trois</i> CNIL <u>quatre</u> cinq Azure six <s>Cloud Act</s></p>';
    const highlighter = new Highlighter(fakeResolver, { mode: 'every', cap: 100 });
    for (const _ of highlighter.steps(document.body));
    // Azure is ambiguous and the page is not on topic: left alone.
    expect(markTexts()).toEqual(['CNIL', 'Cloud Act']);
    expect(document.querySelector('s eclairage-mark')?.textContent).toBe('Cloud Act');
  });

  it('writes as much text as the pacer allows between two frames, and lays out each write, the last too', () => {
    const text = `CNIL ${'mot '.repeat(2000)}`;
    const perWrite = 100_000;
    // Two and a half writes' worth of text: a wait before the first write (the pass then
    // starts its writes in a task of their own), and one between each two writes.
    const count = Math.ceil((perWrite * 2.5) / text.length);
    document.body.innerHTML = `<p>${text}</p>`.repeat(count);
    const pacer = new WritePacer();
    vi.spyOn(pacer, 'chars', 'get').mockReturnValue(perWrite);
    const record = vi.spyOn(pacer, 'record');
    const layoutReads = vi.spyOn(document.documentElement, 'offsetHeight', 'get');
    const highlighter = new Highlighter(fakeResolver, { mode: 'every', cap: 10_000 }, {}, pacer);
    const marksAtEachFrame: number[] = [];
    for (const step of highlighter.steps(document.body)) {
      if (step === NEXT_FRAME) marksAtEachFrame.push(markTexts().length);
    }
    const perFrame = Math.ceil(perWrite / text.length);
    expect(marksAtEachFrame).toEqual([0, perFrame, 2 * perFrame]);
    expect(markTexts()).toHaveLength(count);
    // Every write was laid out and timed, the last one too (half a write's worth here).
    expect(layoutReads).toHaveBeenCalledTimes(3);
    expect(record.mock.calls.map(([chars]) => chars)).toEqual([
      perFrame * text.length,
      perFrame * text.length,
      (count - 2 * perFrame) * text.length,
    ]);
  });
});

describe('a short write', () => {
  it('runs in the step after the read, without waiting for a frame or forcing a layout', () => {
    document.body.innerHTML = '<p>La CNIL.</p><p>Le Cloud Act.</p>';
    const layoutReads = vi.spyOn(document.documentElement, 'offsetHeight', 'get');
    const highlighter = new Highlighter(fakeResolver, { mode: 'every', cap: 100 });
    const steps = [...highlighter.steps(document.body)];
    expect(steps).not.toContain(NEXT_FRAME);
    expect(markTexts()).toEqual(['CNIL', 'Cloud Act']);
    expect(layoutReads).not.toHaveBeenCalled();
  });
});

describe('roots added together', () => {
  it('are grouped into runs of adjacent siblings, in their order', () => {
    document.body.innerHTML = '<p>1</p><p>2</p><p>3</p><p>4</p>';
    const [p1, p2, p3, p4] = [...document.querySelectorAll('p')];
    const runs = [...siblingRuns([p1!, p2!, p4!, p3!])];
    expect(runs).toEqual([
      [p1, p2],
      [p4, p4],
      [p3, p3],
    ]);
  });

  it('are read as one run: its own nodes judged, nothing before or after it read', () => {
    document.body.innerHTML =
      '<p>avant</p><p>un</p><pre>code</pre>loose text<p>deux</p><div id="host"></div><p>après</p>';
    const host = document.getElementById('host')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>ombre</p>';
    const blocks: string[] = [];
    const paragraphs = document.querySelectorAll('p');
    new TextBlockReader(paragraphs[1]!, host).read((block) => blocks.push(block.text) > 0, Infinity);
    expect(blocks).toEqual(['un', 'loose text', 'deux', 'ombre']);
    expect([...openShadowRoots(paragraphs[1]!, host)]).toEqual([host.shadowRoot]);
  });

  it('still end after their last node when the page adds one after it between steps', () => {
    document.body.innerHTML = '<p>un</p><p>deux</p><p>trois</p><p>après</p>';
    const [one, , three] = [...document.querySelectorAll('p')];
    const reader = new TextBlockReader(one!, three!);
    const blocks: string[] = [];
    reader.read((block) => blocks.push(block.text) > 0, Infinity, 1);
    three!.after(Object.assign(document.createElement('p'), { textContent: 'ajouté' }));
    while (reader.read((block) => blocks.push(block.text) > 0, Infinity, 1));
    expect(blocks).toEqual(['un', 'deux', 'trois']);
  });

  it('find a mention that runs across adjacent roots', () => {
    document.body.innerHTML = '<p>Le <em>Health Data</em><em> Hub</em> et la <b>CNIL</b>.</p>';
    const [first, second] = [...document.querySelectorAll('em')];
    const highlighter = new Highlighter(fakeResolver, { mode: 'every', cap: 100 });
    for (const _ of highlighter.steps([first!, second!, document.querySelector('b')!]));
    expect(markTexts()).toEqual(['Health Data', ' Hub', 'CNIL']);
  });

  it('skip a forbidden root as the walk skips a forbidden element', () => {
    document.body.innerHTML = '<div><code>CNIL</code><p>CNIL</p></div>';
    const highlighter = new Highlighter(fakeResolver, { mode: 'every', cap: 100 });
    for (const _ of highlighter.steps([document.querySelector('code')!, document.querySelector('p')!]));
    expect(document.querySelector('code')?.innerHTML).toBe('CNIL');
    expect(markTexts()).toEqual(['CNIL']);
  });
});

describe('cachedResolver', () => {
  it('resolves each distinct text once, misses included', () => {
    const resolve = vi.fn(fakeResolver.resolve);
    const cached = cachedResolver({ ...fakeResolver, resolve });
    for (let i = 0; i < 3; i++) {
      expect(cached.resolve('CNIL')?.entityId).toBe('cnil');
      expect(cached.resolve('Nothing')).toBeNull();
    }
    expect(resolve).toHaveBeenCalledTimes(2);
  });
});

/** Every block under `root`, in one read, each kept. */
function allBlocks(root: Node): TextBlock[] {
  const blocks: TextBlock[] = [];
  new TextBlockReader(root).read((block) => blocks.push(block) > 0, Infinity);
  return blocks;
}

describe('TextBlockReader', () => {
  it('hands over the blocks that have a word, not the whitespace between tags', () => {
    document.body.innerHTML = '<div>\n  <p>La <em>CNIL</em></p>\n  <p> </p>\n  <ul>\n <li>2020</li>\n</ul>\n</div>';
    expect(allBlocks(document.body).map((block) => block.text)).toEqual(['La CNIL', '2020']);
  });

  it('reads in steps the same blocks as in one read, light text before shadow roots', () => {
    document.body.innerHTML =
      '<p>Un <em>deux</em></p><div id="host"><p>trois</p></div><p>quatre</p><div id="second"></div><p>cinq</p>';
    const host = document.getElementById('host')!.attachShadow({ mode: 'open' });
    host.innerHTML = '<p>ombre un</p><span id="inner"></span>';
    host.getElementById('inner')!.attachShadow({ mode: 'open' }).innerHTML = '<p>ombre imbriquée</p>';
    document.getElementById('second')!.attachShadow({ mode: 'open' }).innerHTML = '<p>ombre deux</p>';
    const whole = allBlocks(document.body).map((block) => block.text);
    expect(whole).toEqual(['Un deux', 'trois', 'quatre', 'cinq', 'ombre un', 'ombre imbriquée', 'ombre deux']);

    const reader = new TextBlockReader(document.body);
    const stepped: string[] = [];
    let steps = 0;
    while (reader.read((block) => stepped.push(block.text) > 0, Infinity, 2)) steps++;
    expect(stepped).toEqual(whole);
    expect(steps).toBeGreaterThanOrEqual(3);
    expect(reader.blocksRead).toBe(whole.length);
  });

  it('reuses the arrays of the blocks a visitor passes over, never those it keeps', () => {
    document.body.innerHTML = '<p>Un <em>deux</em></p><p>trois <b>quatre</b></p><p>cinq <i>six</i></p>';
    const kept: TextBlock[] = [];
    new TextBlockReader(document.body).read((block) => {
      if (block.text.startsWith('trois')) return kept.push(block) > 0;
      return false;
    }, Infinity);
    expect(kept.map((block) => [block.text, block.nodes.length, block.datas])).toEqual([
      ['trois quatre', 2, ['trois ', 'quatre']],
    ]);
  });
});

describe('isUnchanged', () => {
  it('tells a block the page rewrote from one it left alone, up to an offset', () => {
    document.body.innerHTML = '<p>La CNIL <em>dit</em> non.</p>';
    const [block] = allBlocks(document.body);
    if (!block) throw new Error('no block');
    expect(isUnchanged(block)).toBe(true);
    (block.nodes[2] as Text).data = ' oui.';
    expect(isUnchanged(block)).toBe(false);
    // Only the text before offset 8 ("La CNIL ") matters for a match that ends there.
    expect(isUnchanged(block, 8)).toBe(true);
    (block.nodes[0] as Text).remove();
    expect(isUnchanged(block, 8)).toBe(false);
  });
});

describe('runInSlices', () => {
  it('resumes after the next animation frame when a step asks for one', async () => {
    const order: string[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
      order.push('frame');
      setTimeout(() => callback(performance.now()), 0);
      return 1;
    });
    function* work() {
      order.push('write');
      yield NEXT_FRAME;
      order.push('after');
    }
    await runInSlices(work());
    expect(order).toEqual(['write', 'frame', 'after']);
  });
});

describe('the prefilter', () => {
  it('stops reading a page whose text cannot hold a mention after its first blocks, but reads its shadow roots', () => {
    const paragraphs = Array.from({ length: 1000 }, (_, i) => `<p>Rien à signaler, paragraphe ${i}.</p>`);
    document.body.innerHTML = `${paragraphs.join('')}<div id="host"></div>`;
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>La CNIL dans un composant.</p>';
    const exec = vi.spyOn(fakeResolver.pattern, 'exec');
    const highlighter = new Highlighter(fakeResolver, { mode: 'every', cap: 100 });
    for (const _ of highlighter.steps(document.body));
    expect(markTexts()).toEqual([]);
    expect(shadow.querySelector('eclairage-mark')?.textContent).toBe('CNIL');
    // 1,000 blocks of light text, but the pattern ran on only the first few hundred.
    expect(exec.mock.calls.length).toBeLessThan(300);
  });

  it('lets the reading go on when the rest of the text may hold one, across the prefilter’s pieces', () => {
    const filler = Array.from({ length: 250 }, () => `<p>${'mot '.repeat(525)}</p>`);
    document.body.innerHTML = `${filler.join('')}<p>Le Health <em>Data</em> Hub.</p>`;
    const highlighter = new Highlighter(fakeResolver, { mode: 'every', cap: 100 });
    for (const _ of highlighter.steps(document.body));
    expect(markTexts()).toEqual(['Health ', 'Data', ' Hub']);
  });
});

describe('a highlighter told of page changes', () => {
  it('checks again only the blocks read before a change, and skips those the page rewrote', () => {
    document.body.innerHTML = '<p id="a">La CNIL a parlé.</p><p id="b">Le Cloud Act aussi.</p>';
    const highlighter = new Highlighter(fakeResolver, { mode: 'every', cap: 100 }, { reportsChanges: true });
    const steps = highlighter.steps(document.body);
    // Read both blocks (the first step), then the page rewrites the first one, and says so.
    steps.next();
    (document.querySelector('#a')!.firstChild as Text).data = 'La CNAM a parlé.';
    highlighter.pageChanged();
    for (let step = steps.next(); !step.done; step = steps.next());
    expect(markTexts()).toEqual(['Cloud Act']);
    expect(document.querySelector('#a')!.textContent).toBe('La CNAM a parlé.');
  });
});
