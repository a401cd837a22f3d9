import { escapeHtml } from './prose';

/**
 * The id of an empty element written after the page's content: once it exists, the whole
 * content has been parsed.
 */
export const SENTINEL_ID = 'bench-sentinel';

/**
 * The script every benchmark page ends with. The server holds it back, which holds the
 * parser, DOMContentLoaded and load, until the harness has taken its "before" figures; it
 * then releases it, empty or carrying the baseline highlighter under test. The extension's
 * content script cannot run before (it waits for the document to be idle), so the figures
 * taken between the release and the end hold the whole of its work and nothing else.
 */
export const HELD_SCRIPT = 'held.js';

const STYLE = `
body { font: 17px/1.55 Georgia, serif; margin: 0; color: #1d1d1d; background: #fff; }
header, nav, footer, aside { font-family: system-ui, sans-serif; }
header { display: flex; gap: 16px; padding: 12px 24px; border-bottom: 1px solid #ddd; }
nav a { margin-right: 12px; color: #1a4c8b; }
main { display: grid; grid-template-columns: minmax(0, 720px) 280px; gap: 32px; padding: 24px; }
article h2 { font-size: 24px; margin: 28px 0 8px; }
aside { font-size: 14px; border-left: 1px solid #eee; padding-left: 16px; }
.byline { color: #666; font-size: 14px; }
blockquote { border-left: 3px solid #ccc; margin: 16px 0; padding-left: 12px; font-style: italic; }
footer { padding: 24px; border-top: 1px solid #ddd; columns: 4; font-size: 13px; }
.term { font-variant: small-caps; }
`;

export interface ShellOptions {
  title: string;
  body: string;
  /** The page's own script, run while the page is parsed (before the held script). */
  pageScript?: string;
}

/** A complete page: styles, content, then the sentinel and the held script. */
export function pageShell({ title, body, pageScript }: ShellOptions): string {
  return [
    '<!doctype html>',
    '<html lang="fr">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    body,
    pageScript ? `<script>${pageScript}</script>` : '',
    `<div id="${SENTINEL_ID}" hidden></div>`,
    `<script src="${HELD_SCRIPT}"></script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
