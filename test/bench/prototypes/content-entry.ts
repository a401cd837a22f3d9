/**
 * The content script's entry as WXT builds it (`wxt/dist/virtual/content-script-isolated-
 * world-entrypoint.mjs`, without WXT's plugins and dev logger), for `patched-extension.ts`
 * to bundle with a prototype in place of a module.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import definition from '../../../entrypoints/content/index';

const { main, ...options } = definition;
void main(new ContentScriptContext('content', options));
