/**
 * The theming tokens (`--ketamine-explainer-*`), checked as Material Web checks its tokens: each one is read, with a
 * fallback, by the stylesheets; documented in the class JSDoc (so in custom-elements.json) and in the README's styling
 * table; and its documented default is the stylesheet's fallback. A default is documented in words where CSS would
 * not tell a clinic much: `inherit (dark: #e8eaed)` for `light-dark(currentColor, #e8eaed)`, and so on (PHRASES).
 */
import {expect} from '@open-wc/testing';
import {styles} from '../src/element/ketamine-explainer.styles.js';
import {optInStyles} from '../src/opt-in/opt-in-features.styles.js';
import {readAloudStyles} from '../src/read-aloud/read-aloud.styles.js';
import {renderExplainer, renderedStyles} from './helpers.js';

const PREFIX = '--ketamine-explainer-';
const stylesheets = [styles, optInStyles, readAloudStyles].map((sheet) => sheet.cssText).join('\n');

/** Each `var(--ketamine-explainer-*, fallback)` in the stylesheets: the fallbacks found for each token. */
function fallbacksInStylesheets(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const match of stylesheets.matchAll(/var\(\s*(--ketamine-explainer-[a-z-]+)\s*(,?)/g)) {
    const [, name, comma] = match;
    let fallback = '';
    if (comma) {
      // The fallback runs to the parenthesis that closes this var().
      let depth = 1;
      let index = match.index + match[0].length;
      for (; depth > 0 && index < stylesheets.length; index++) {
        if (stylesheets[index] === '(') depth++;
        if (stylesheets[index] === ')') depth--;
      }
      fallback = stylesheets.slice(match.index + match[0].length, index - 1);
    }
    found.set(name!, [...(found.get(name!) ?? []), fallback.replace(/\s+/g, ' ').trim()]);
  }
  return found;
}

/** The words the documentation uses for CSS values that mean something only in context. */
const PHRASES: [RegExp, string][] = [
  [/^currentColor$/, 'inherit'],
  [/^color-mix\(in srgb, currentColor (\d+)%, transparent\)$/, 'text colour at $1%'],
  [/^var\(--_accent\)$/, 'the accent colour'],
];

/** A private token with its default theme's value (`var(--_light-text, currentColor)`) reads as that value. */
const plain = (value: string): string => {
  const unwrapped = value.replace(/^var\(--_[a-z-]+, (.+)\)$/, '$1');
  const phrase = PHRASES.find(([pattern]) => pattern.test(unwrapped));
  return phrase ? unwrapped.replace(phrase[0], phrase[1]) : unwrapped;
};

/** A stylesheet fallback as the documentation writes it: `light-dark(a, b)` becomes `a (dark: b)`. */
function documentedForm(fallback: string): string {
  const lightDark = /^light-dark\((.+), ([^,]+)\)$/.exec(fallback);
  return lightDark ? `${plain(lightDark[1]!)} (dark: ${lightDark[2]})` : plain(fallback);
}

/**
 * A default documented with a condition other than dark mode, such as `0 (own background: 1em)`: the part before the
 * parenthesis is the fallback's, and the value in it is the one the stylesheets give the private token the fallback
 * reads (`var(--_surface-padding, 0)`, with `--_surface-padding: 1em` where the widget paints its own background).
 */
function conditionHolds(fallback: string, documented: string): boolean {
  const condition = /^(.+) \((?!dark:)[^:]+: (.+)\)$/.exec(documented);
  const privateToken = /^var\((--_[a-z-]+), /.exec(fallback)?.[1];
  if (!condition || !privateToken) return false;
  const declared = [...stylesheets.matchAll(new RegExp(`${privateToken}:\\s*([^;]+);`, 'g'))].map(([, v]) => v!.trim());
  return documentedForm(fallback) === condition[1] && declared.includes(condition[2]!);
}

interface Manifest {
  modules: {declarations?: {tagName?: string; cssProperties?: {name: string; default?: string}[]}[]}[];
}

/** name -> documented default, from custom-elements.json (written by the analyzer from the class JSDoc). */
async function documentedInJsDoc(): Promise<Map<string, string>> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
  const element = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.tagName === 'ketamine-explainer')!;
  return new Map(element.cssProperties!.map(({name, default: value}) => [name, value ?? '']));
}

/** name -> default, from the README's styling table (`| \`--name\` | default | what it changes |`). */
async function documentedInReadme(): Promise<Map<string, string>> {
  const readme = await (await fetch('/README.md')).text();
  const rows = [...readme.matchAll(/^\| `(--ketamine-explainer-[a-z-]+)` +\| ([^|]+?) +\|/gm)];
  return new Map(rows.map(([, name, value]) => [name!, value!.replace(/`/g, '')]));
}

describe('theming tokens', () => {
  it('are the same set in the stylesheets, the JSDoc (custom-elements.json) and the README', async () => {
    const inCss = [...fallbacksInStylesheets().keys()].sort();
    const inJsDoc = [...(await documentedInJsDoc()).keys()].sort();
    const inReadme = [...(await documentedInReadme()).keys()].sort();
    expect(inCss.length).to.be.greaterThan(10);
    expect(inCss, 'used in the stylesheets but not documented in the JSDoc, or the reverse').to.deep.equal(inJsDoc);
    expect(inReadme, 'in the README table but not in the JSDoc, or the reverse').to.deep.equal(inJsDoc);
    for (const name of inCss) expect(name.startsWith(PREFIX)).to.be.true;
  });

  it('are each read with one fallback, the default documented in the JSDoc', async () => {
    const jsDoc = await documentedInJsDoc();
    for (const [name, fallbacks] of fallbacksInStylesheets()) {
      expect(fallbacks.every(Boolean), `${name} is read without a fallback`).to.be.true;
      expect(new Set(fallbacks).size, `${name} has different fallbacks: ${fallbacks.join(' | ')}`).to.equal(1);
      const documented = jsDoc.get(name);
      const fallback = fallbacks[0]!;
      expect(
        documentedForm(fallback) === documented || conditionHolds(fallback, documented ?? ''),
        `${name}: documented default "${documented}", stylesheet fallback "${fallback}" ("${documentedForm(fallback)}")`,
      ).to.be.true;
    }
  });

  it('have the same default in the README as in the JSDoc', async () => {
    const jsDoc = await documentedInJsDoc();
    for (const [name, value] of await documentedInReadme()) expect(value, name).to.equal(jsDoc.get(name));
  });

  /**
   * Through the real element: setting a token to its documented default changes nothing, in light and dark mode. Only
   * defaults written as CSS values (in words: the colour phrases) can be set; a condition other than dark mode (the
   * padding's own background) is checked in light mode on a light page, where it does not apply.
   */
  it('render the same when set to their documented defaults as when unset', async () => {
    /** A documented value as CSS: `inherit` for a colour is the inherited colour, currentColor. */
    const asCss = (name: string, words: string): string | undefined => {
      if (words === 'inherit' && name.endsWith('-color')) return 'currentColor';
      const mix = /^text colour at (\d+)%$/.exec(words);
      if (mix) return `color-mix(in srgb, currentColor ${mix[1]}%, transparent)`;
      return /^[#\w.%-]+$/.test(words) ? words : undefined;
    };
    const jsDoc = await documentedInJsDoc();
    for (const scheme of ['light', 'dark']) {
      const element = await renderExplainer({
        'color-scheme': scheme,
        open: 'all',
        'language-picker': '',
        'last-reviewed': '2026-10-01',
      });
      const unset = renderedStyles(element);
      let checked = 0;
      for (const [name, documented] of jsDoc) {
        const [, light, condition, other] = /^(.+?)(?: \(([^:]+): (.+)\))?$/.exec(documented)!;
        if (condition && condition !== 'dark' && scheme === 'dark') continue;
        const lightValue = asCss(name, light!);
        if (!lightValue) continue;
        const value = condition === 'dark' ? `light-dark(${lightValue}, ${other})` : lightValue;
        element.style.setProperty(name, value);
        const set = renderedStyles(element);
        element.style.removeProperty(name);
        expect(set, `${name}: ${value} in ${scheme} mode`).to.deep.equal(unset);
        checked++;
      }
      expect(checked, 'tokens checked through the element').to.be.greaterThan(12);
    }
  });
});
