/**
 * The `storage.local` key that turns on the content script's performance marks
 * (`entrypoints/content/timing-marks.ts`). Only the test and benchmark harnesses set it,
 * through the service worker: a page can read its performance timeline, so marks written
 * for everyone would tell every site that Éclairage runs.
 */
export const TIMING_MARKS_KEY = 'timingMarks';
