import type { Citation, Source } from '../../data/schema';
import { SourceViewer } from '../source/SourceViewer';
import type { OpenReference } from './use-open-reference';

interface ReferenceViewerProps {
  /** Where this viewer sits: it shows only the reference opened from this place. */
  place: string;
  open: OpenReference | null;
  citations: readonly Citation[];
  sourceOf: (id: string) => Source | undefined;
  onClose: () => void;
}

/**
 * The quote in its context, opened under the statement whose reference was activated, so
 * the reader's eyes stay where they were. The shared `SourceViewer` does the rendering.
 */
export function ReferenceViewer({ place, open, citations, sourceOf, onClose }: ReferenceViewerProps) {
  if (!open || open.place !== place) return null;
  const citation = citations[open.ref];
  const source = citation ? sourceOf(citation.source) : undefined;
  if (!citation || !source) return null;
  return (
    <div class="ecl-card-reference" data-ref={open.ref + 1}>
      <SourceViewer source={source} citation={citation} onClose={onClose} />
    </div>
  );
}
