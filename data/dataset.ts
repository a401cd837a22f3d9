import compiled from './dataset.json';
import type { Dataset } from './schema';

/**
 * The compiled dataset, bundled with the extension. `npm run data` writes the JSON from
 * the catalogue after checking every quote; its shape is `Dataset`.
 */
export const dataset = compiled as unknown as Dataset;
