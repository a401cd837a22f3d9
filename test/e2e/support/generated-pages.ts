/**
 * Hostile pages too large to commit, written by `hostile.test.ts` for each run. Each has
 * the reader's data of the committed fixtures (a form and an editor), and a long-task
 * observer the test reads.
 */

/** One text node of about 1 MB, with a mention every 10 000 characters. */
export function hugeTextNodePage(): string {
  const filler = 'lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(175); // ~10 000 chars
  const names = ['la CNIL', 'le Health Data Hub', 'le Cloud Act', 'SecNumCloud', 'EMC2'];
  let text = '';
  for (let i = 0; i < 100; i++) text += `${filler}${names[i % names.length]} `;
  return page('Hostile: a single text node of 1 MB', `<p id="huge">${text}</p>`);
}

/** 20 000 mentions in 2 000 paragraphs: four times the per-page cap. */
export function manyMentionsPage(): string {
  const paragraph = (i: number) =>
    `<p id="p${i}">La CNIL, le Health Data Hub, le Cloud Act, SecNumCloud et EMC2 ; ` +
    `encore la CNIL, le Health Data Hub, le Cloud Act, SecNumCloud et EMC2.</p>`;
  return page(
    'Hostile: 20 000 mentions',
    `<button id="ping" type="button">ping</button><output id="pong">0</output>` +
      Array.from({ length: 2000 }, (_, i) => paragraph(i)).join('\n') +
      // How long each click waited for the main thread: the page's input delay.
      `<script>window.__inputDelays = [];
      document.getElementById('ping').addEventListener('click', (event) => {
        window.__inputDelays.push(Math.round(performance.now() - event.timeStamp));
        const pong = document.getElementById('pong'); pong.value = String(Number(pong.value) + 1);
      });</script>`,
  );
}

/**
 * 1,500 paragraphs of about 400 characters, one mention each (600,000 characters to
 * rewrite: more than one write of the pacer's), with the time each animation frame's callback ran.
 */
export function longPage(): string {
  const filler = 'lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(6);
  const names = ['la CNIL', 'le Health Data Hub', 'le Cloud Act', 'SecNumCloud', 'EMC2'];
  const paragraph = (i: number) => `<p id="p${i}">${filler}${names[i % names.length]}, ${filler}</p>`;
  return page(
    'Hostile: a long page',
    Array.from({ length: 1500 }, (_, i) => paragraph(i)).join('\n') +
      `<script>window.__frames = [];
      requestAnimationFrame(function frame() { window.__frames.push(performance.now()); requestAnimationFrame(frame); });</script>`,
  );
}

/** A generated page, with the same reader's data as the committed fixtures. */
function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" /><title>${title}</title>
    <script>
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const task of list.getEntries()) window.__longTasks.push([task.startTime, task.duration]);
      }).observe({ type: 'longtask', buffered: true });
    </script>
  </head>
  <body>
    ${body}
    <form id="user-data">
      <input id="title" value="Brouillon sur le Health Data Hub" />
      <textarea id="notes">Notes : la CNIL et le Cloud Act.</textarea>
    </form>
    <div id="editor" contenteditable="true"><p>Éditeur : SecNumCloud et la CNIL.</p></div>
  </body>
</html>`;
}
