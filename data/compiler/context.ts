import type { Problem } from './problems';

/** What every compilation step shares: a place to report problems without stopping. */
export class CompileContext {
  readonly problems: Problem[] = [];

  report(item: string, field: string, message: string, value?: string): void {
    this.problems.push(value === undefined ? { item, field, message } : { item, field, message, value });
  }

  /** Reports an empty or missing text in either language. */
  requireLocalized(item: string, field: string, text: { fr?: unknown; en?: unknown } | undefined): void {
    for (const lang of ['fr', 'en'] as const) {
      const value = text?.[lang];
      if (typeof value !== 'string' || value.trim() === '') {
        this.report(item, `${field}.${lang}`, `missing ${lang === 'fr' ? 'French' : 'English'} text`);
      }
    }
  }
}
