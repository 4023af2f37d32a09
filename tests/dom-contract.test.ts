/**
 * The DOM contract (`src/markup/dom-contract.ts`) against what the widget renders and what its stylesheets select.
 * The stylesheets write class names out (a name put into Lit's `css` at run time would stop the build from
 * minifying the whole sheet), so this test is what holds them to the contract.
 */
import {expect} from '@open-wc/testing';
import type {CSSResult} from 'lit';
import {renderExplainer, shadow} from './helpers.js';
import {Dom} from '../src/markup/dom-contract.js';
import {styles} from '../src/element/ketamine-explainer.styles.js';
import {optInStyles} from '../src/opt-in/opt-in-features.styles.js';
import {readAloudStyles} from '../src/read-aloud/read-aloud.styles.js';

type Role = 'class and part' | 'class' | 'part' | 'appearance class' | 'id' | 'id suffix';

/** What each name of the contract is; the compiler insists on a row for every one. */
const ROLES: Record<Dom, Role> = {
  [Dom.Title]: 'class and part',
  [Dom.Intro]: 'class and part',
  [Dom.Section]: 'class and part',
  [Dom.Heading]: 'class and part',
  [Dom.Button]: 'class and part',
  [Dom.ButtonText]: 'class',
  [Dom.Icon]: 'class and part',
  [Dom.Panel]: 'class and part',
  [Dom.Crisis]: 'class',
  [Dom.CrisisNoticePart]: 'part',
  [Dom.CrisisHeading]: 'class and part',
  [Dom.CrisisLinks]: 'class',
  [Dom.Base]: 'class and part',
  [Dom.Controls]: 'class and part',
  [Dom.ShowAll]: 'class and part',
  [Dom.Listen]: 'class',
  [Dom.ListenButton]: 'class',
  [Dom.Primary]: 'class',
  [Dom.Cta]: 'class and part',
  [Dom.Reviewed]: 'class and part',
  [Dom.Dark]: 'appearance class',
  [Dom.OwnSurface]: 'appearance class',
  [Dom.Tinted]: 'appearance class',
  [Dom.PageDirectionPrefix]: 'appearance class',
  [Dom.ListenNoteId]: 'id',
  [Dom.ButtonIdSuffix]: 'id suffix',
  [Dom.PanelIdSuffix]: 'id suffix',
};
const named = (role: Role) =>
  Object.entries(ROLES)
    .filter(([, each]) => each === role)
    .map(([name]) => name);

/** Class names that only one module and its own stylesheet use, so they are not part of the contract. */
const OWN_CLASSES = new Map<CSSResult, string[]>([
  [styles, ['first-load', 'visually-hidden']],
  [optInStyles, ['language', 'language-icon']],
  [readAloudStyles, ['reading', 'reading-now', 'listen-speed', 'listen-note']],
]);

/** Every class a stylesheet selects: `.name` in the text before each `{` (a selector), never in a value (`.5em`). */
const selectedClasses = (sheet: CSSResult): string[] => {
  const text = sheet.cssText.replace(/\/\*[\s\S]*?\*\//g, '');
  const classes = new Set<string>();
  for (const [, selector] of text.matchAll(/([^{}]*)\{/g)) {
    for (const [, name] of selector!.matchAll(/\.([a-z_][\w-]*)/gi)) classes.add(name!);
  }
  return [...classes];
};

describe('the DOM contract', () => {
  it('every class, part and id it names is in the rendered widget', async () => {
    const element = await renderExplainer({'last-reviewed': '2026-01-01'});
    const root = shadow(element);
    const speaks = 'speechSynthesis' in window;
    for (const name of [...named('class and part'), ...named('class')]) {
      // The Listen group is there only where the browser can speak.
      if (!speaks && [Dom.Listen, Dom.ListenButton, Dom.Primary].includes(name as Dom)) continue;
      expect(root.querySelector(`.${name}`), `class ${name}`).to.exist;
    }
    for (const name of [...named('class and part'), ...named('part')]) {
      expect(root.querySelector(`[part~="${name}"]`), `part ${name}`).to.exist;
    }
    expect(root.querySelector(`.${Dom.Crisis}`)!.getAttribute('part')).to.equal(Dom.CrisisNoticePart);
    expect(root.getElementById(Dom.Title)).to.equal(root.querySelector(`.${Dom.Title}`));
    expect(root.getElementById(Dom.CrisisHeading)).to.equal(root.querySelector(`.${Dom.CrisisHeading}`));
    for (const section of root.querySelectorAll(`.${Dom.Section}`)) {
      const button = section.querySelector(`.${Dom.Button}`)!;
      expect(button.id).to.equal(`${section.id}${Dom.ButtonIdSuffix}`);
      expect(button.getAttribute('aria-controls')).to.equal(`${section.id}${Dom.PanelIdSuffix}`);
      expect(section.querySelector(`.${Dom.Panel}`)!.id).to.equal(`${section.id}${Dom.PanelIdSuffix}`);
    }
    // The wrapper carries the page's direction as an appearance class.
    expect(root.querySelector(`.${Dom.Base}`)!.classList.contains(`${Dom.PageDirectionPrefix}ltr`)).to.be.true;
  });

  it('the appearance classes are the ones the wrapper takes in dark mode on a tinted panel', async () => {
    const element = await renderExplainer({'color-scheme': 'dark'});
    element.style.setProperty('--ketamine-explainer-panel-background', '#223');
    element.setAttribute('style', element.getAttribute('style')!);
    await element.updateComplete;
    const classes = shadow(element).querySelector(`.${Dom.Base}`)!.classList;
    for (const name of named('appearance class').filter((name) => name !== Dom.PageDirectionPrefix)) {
      expect(classes.contains(name), name).to.be.true;
    }
  });

  for (const [sheet, own] of OWN_CLASSES) {
    it(`a stylesheet selects only contract classes and its own (${own.join(', ')})`, () => {
      const contract = [
        ...named('class and part'),
        ...named('class'),
        ...named('appearance class').filter((name) => name !== Dom.PageDirectionPrefix),
      ];
      const stray = selectedClasses(sheet).filter(
        (name) =>
          !contract.includes(name) && !own.includes(name) && !name.startsWith(Dom.PageDirectionPrefix as string),
      );
      expect(stray).to.deep.equal([]);
      for (const name of own) expect(selectedClasses(sheet), `${name} is styled`).to.include(name);
    });
  }
});
