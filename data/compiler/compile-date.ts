import type { DateInfo, DateInput } from '../schema';
import type { CompileContext } from './context';

const SHAPES = {
  year: /^\d{4}$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  day: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
} as const;

/**
 * Checks that a date is as precise as it claims, and that an inferred date says why.
 * A missing date is reported and compiled as an empty one, so that compilation can go on
 * and list every other problem too.
 */
export function compileDate(
  input: DateInput | undefined,
  item: string,
  field: string,
  context: CompileContext,
): DateInfo {
  if (!input || typeof input.iso !== 'string' || input.iso === '') {
    context.report(item, field, 'missing date');
    return { iso: '', precision: 'year', inferred: false, approximate: false };
  }
  const shape = SHAPES[input.precision];
  if (!shape) {
    context.report(item, `${field}.precision`, 'precision must be day, month or year', String(input.precision));
  } else if (!shape.test(input.iso)) {
    context.report(item, `${field}.iso`, `not an ISO date of ${input.precision} precision`, input.iso);
  }
  const inferred = input.inferred ?? false;
  if (inferred) context.requireLocalized(item, `${field}.reason`, input.reason);
  const date: DateInfo = {
    iso: input.iso,
    precision: input.precision,
    inferred,
    approximate: input.approximate ?? false,
  };
  if (input.reason) date.reason = input.reason;
  return date;
}
