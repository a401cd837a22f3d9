import type { Alias, AliasInput, Citation, Entity, EntityInput, Fact, Statement, StatementInput } from '../schema';
import type { CompileContext } from './context';
import type { SourceIndex } from './compile-sources';
import { cite } from './cite';
import { compileDate } from './compile-date';

/** An alias is an acronym, and so case-sensitive by default, when it has no lower-case letter. */
function compileAlias(input: AliasInput): Alias {
  const alias: Alias = {
    text: input.text,
    caseSensitive: input.caseSensitive ?? input.text === input.text.toUpperCase(),
    ambiguous: input.ambiguous ?? false,
    notAfter: input.notAfter ?? [],
    notBefore: input.notBefore ?? [],
  };
  if (input.lang) alias.lang = input.lang;
  return alias;
}

/** Collects an entity's citations once each, so the card can number its references. */
class ReferenceList {
  readonly citations: Citation[] = [];

  add(citations: Citation[]): number[] {
    return citations.map((citation) => {
      const found = this.citations.findIndex(
        (known) => known.source === citation.source && known.start === citation.start && known.end === citation.end,
      );
      if (found !== -1) return found;
      this.citations.push(citation);
      return this.citations.length - 1;
    });
  }
}

function compileStatement(
  input: StatementInput,
  item: string,
  field: string,
  references: ReferenceList,
  sources: ReadonlyMap<string, SourceIndex>,
  context: CompileContext,
): Statement {
  context.requireLocalized(item, `${field}.text`, input.text);
  if (!input.citations?.length) context.report(item, `${field}.citations`, 'a statement needs at least one citation');
  const citations = cite(input.citations, item, `${field}.citations`, sources, context);
  return { text: input.text, refs: references.add(citations) };
}

export function compileEntity(
  input: EntityInput,
  sources: ReadonlyMap<string, SourceIndex>,
  context: CompileContext,
): Entity {
  const item = `entity "${input.id}"`;
  context.requireLocalized(item, 'name', input.name);
  if (!input.aliases?.length) context.report(item, 'aliases', 'an entity needs at least one alias');
  const summary = input.summary ?? [];
  if (summary.length < 1 || summary.length > 3) {
    context.report(item, 'summary', `a summary has 1 to 3 sentences, not ${summary.length}`);
  }
  const references = new ReferenceList();
  const sentences = summary.map((sentence, index) =>
    compileStatement(sentence, item, `summary[${index}]`, references, sources, context),
  );
  const facts = (input.facts ?? []).map((fact, index): Fact => {
    const compiled: Fact = compileStatement(fact, item, `facts[${index}]`, references, sources, context);
    if (fact.date) compiled.date = compileDate(fact.date, item, `facts[${index}].date`, context);
    return compiled;
  });
  const join = (lang: 'fr' | 'en'): string => sentences.map((sentence) => sentence.text?.[lang] ?? '').join(' ');
  return {
    id: input.id,
    kind: input.kind,
    name: input.name,
    aliases: (input.aliases ?? []).map(compileAlias),
    summary: { fr: join('fr'), en: join('en') },
    sentences,
    facts,
    citations: references.citations,
    related: input.related ?? [],
    core: input.core ?? false,
  };
}
