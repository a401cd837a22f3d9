import type { Citation, Source, Statement as StatementData } from '../../data/schema';
import { useLocale } from '../i18n/context';
import { ReferenceList } from '../citation/ReferenceList';

interface StatementProps {
  statement: StatementData;
  /** The entity's citations, which `statement.refs` index into. */
  citations: readonly Citation[];
  sourceOf: (id: string) => Source | undefined;
  /** A numbered reference was activated: `ref` is its index into `citations`. */
  onOpenRef: (ref: number, opener: HTMLElement) => void;
}

/**
 * One sentence of a summary or one fact, followed by its numbered references. Numbers are
 * the citation's place in the entity's reading order plus one, so a reference keeps the
 * same number wherever it appears on the card and in the copied text.
 */
export function Statement({ statement, citations, sourceOf, onOpenRef }: StatementProps) {
  const { lang } = useLocale();
  const refs = statement.refs.filter((ref) => citations[ref] !== undefined);
  const cited = refs.map((ref) => citations[ref] as Citation);
  return (
    <span class="ecl-statement">
      {statement.text[lang]}{' '}
      <ReferenceList
        citations={cited}
        numbers={refs.map((ref) => ref + 1)}
        sourceOf={sourceOf}
        onOpen={(citation, opener) => onOpenRef(refs[cited.indexOf(citation)] as number, opener)}
      />
    </span>
  );
}
