import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_PATH } from './browser';

/**
 * A Chromium without the extension, to read what a page shows when Éclairage is not
 * there: the reference its visible text and form values are compared with.
 */
export async function launchReferenceBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}

/** What the user sees and owns on a page: its visible text and every form control's value. */
export interface PageState {
  visibleText: string;
  formValues: string[];
  editors: string[];
}

export function readPageState(page: Page): Promise<PageState> {
  return page.evaluate(() => ({
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
