import { describe, it, expect } from 'vitest';
import Mark from 'mark.js';
import { createMatcher } from '../../../entrypoints/content/matcher';
import { patternSource } from '../../../entrypoints/content/matcher/build-pattern';
import { compileAliases } from '../../../entrypoints/content/matcher/compiled-alias';
import { alias, entity } from './fixtures';
import { found, matcher } from './helpers';

describe('the pattern', () => {
  it('is one global Unicode regex without capturing groups', () => {
    expect(matcher.pattern.flags).toBe('gu');
    // A regex's group count shows in the length of an exec result.
    expect(new RegExp(`${matcher.pattern.source}|`, 'u').exec('')?.length).toBe(1);
  });

  it('can be reused across texts by resetting lastIndex', () => {
    const { pattern } = matcher;
    const all = (text: string) => {
      pattern.lastIndex = 0;
      const out: string[] = [];
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) out.push(m[0]);
      return out;
    };
    expect(all('La CNIL et le HDH.')).toEqual(['CNIL', 'HDH']);
    expect(all('EMC2')).toEqual(['EMC2']);
    expect(all('rien ici')).toEqual([]);
    expect(all('La CNIL et le HDH.')).toEqual(['CNIL', 'HDH']);
  });

  it('leaves the public pattern alone when findMentions runs', () => {
    matcher.pattern.lastIndex = 3;
    matcher.findMentions('La CNIL et le HDH.');
    expect(matcher.pattern.lastIndex).toBe(3);
    matcher.pattern.lastIndex = 0;
  });

  it('sees only the string it runs on: per text node, a disqualifier in another node is missed', () => {
    // Documented limitation: the highlighter searches a whole block (mark.js
    // `acrossElements`) so that "Dell <b>EMC</b>" is one string.
    expect(found('Dell ')).toEqual([]);
    expect(found('EMC')).toEqual([['EMC', 'emc2']]);
    expect(found('Dell EMC')).toEqual([]);
  });

  it('works with mark.js markRegExp over inline elements', () => {
    const div = document.createElement('div');
    div.append('Le ', Object.assign(document.createElement('em'), { textContent: 'Health Data' }), ' Hub et Dell ');
    div.append(Object.assign(document.createElement('b'), { textContent: 'EMC' }), ', puis l’EMC2.');
    const marked: string[] = [];
    new Mark(div).markRegExp(new RegExp(matcher.pattern.source, matcher.pattern.flags), {
      acrossElements: true,
      each: (element: Element) => {
        marked.push(element.textContent ?? '');
      },
    });
    // "Health Data Hub" comes in two pieces; "Dell EMC" is seen across the <b>.
    expect(marked).toEqual(['Health Data', ' Hub', 'EMC2']);
  });

  it('escapes regex metacharacters in aliases', () => {
    const m = createMatcher([
      entity('cpp', ['C++ (v2.0)']),
      entity('dots', ['A.B.C']),
      entity('brackets', ['[x]|{y}^$\\z/']),
    ]);
    const texts = (text: string) => m.findMentions(text, { onTopic: true }).map((x) => x.text);
    expect(texts('use C++ (v2.0) here')).toEqual(['C++ (v2.0)']);
    expect(texts('AxBxC, A.B.C')).toEqual(['A.B.C']);
    expect(texts('a [x]|{y}^$\\z/ b')).toEqual(['[x]|{y}^$\\z/']);
    expect(texts('CCC (v2x0)')).toEqual([]);
  });

  it('never matches when there is no alias', () => {
    const m = createMatcher([entity('empty', [alias('  '), alias('')])]);
    expect(m.pattern.test('anything')).toBe(false);
    expect(m.findMentions('anything')).toEqual([]);
  });

  it('factors shared prefixes: the pattern is a trie, not a list', () => {
    const prefix = 'Agence nationale de la sécurité des systèmes';
    const one = patternSource(compileAliases([entity('a', [`${prefix} A`])]));
    const ten = patternSource(
      compileAliases(
        Array.from({ length: 10 }, (_, i) => entity(`e${i}`, [`${prefix} ${String.fromCharCode(65 + i)}`])),
      ),
    );
    expect(ten.length).toBeLessThan(one.length * 1.5);
  });

  it('finds consecutive and repeated mentions', () => {
    expect(found('CNIL CNIL,CNIL')).toEqual([
      ['CNIL', 'cnil'],
      ['CNIL', 'cnil'],
      ['CNIL', 'cnil'],
    ]);
    expect(found('HDH/EMC2')).toEqual([
      ['HDH', 'health-data-hub'],
      ['EMC2', 'emc2'],
    ]);
  });
});
