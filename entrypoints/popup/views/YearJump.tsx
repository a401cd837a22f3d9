import { useId } from 'preact/hooks';
import { useDeskMessages } from '../../../components/i18n/desk-messages';

interface YearJumpProps {
  years: readonly number[];
  onJump: (year: number) => void;
}

/** One button per year of the events shown, each taking the reader to that year's section. */
export function YearJump({ years, onJump }: YearJumpProps) {
  const desk = useDeskMessages();
  const labelId = useId();
  if (years.length < 2) return null;
  return (
    <nav class="ecl-years" aria-labelledby={labelId}>
      <span id={labelId} class="ecl-years-label">
        {desk.jumpToYear}
      </span>
      <ul>
        {years.map((year) => (
          <li key={year}>
            <button
              type="button"
              class="ecl-year-button"
              data-year={year}
              aria-label={desk.jumpToYearLabel(year)}
              onClick={() => onJump(year)}
            >
              {year}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
