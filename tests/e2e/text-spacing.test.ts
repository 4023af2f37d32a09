/**
 * WCAG 2.2 SC 1.4.12 Text Spacing: a reader's text-spacing tool (its styles go into the page, so they reach the widget
 * only through what the widget inherits from its element) changes the widget's text, and nothing is cut off.
 * https://www.w3.org/WAI/WCAG22/Understanding/text-spacing.html
 */
import {expect} from '@open-wc/testing';
import {closeHostPages, explainersRendered, moduleBundle, openHostPage} from './host-page.js';
import {Dom} from '../../src/markup/dom-contract.js';

/** The values of the WCAG text-spacing bookmarklet, applied the way it applies them. */
const TEXT_SPACING_TOOL = `<style>
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
</style>`;

const px = (value: string) => parseFloat(value);

describe('end to end: text spacing (WCAG 1.4.12)', () => {
  afterEach(closeHostPages);

  it('takes the reader’s letter and word spacing everywhere, and line height of at least 1.5, without clipping', async () => {
    const page = await openHostPage({
      head: TEXT_SPACING_TOOL,
      scripts: [{src: moduleBundle()}],
      body: '<ketamine-explainer open="all" language-picker style="--ketamine-explainer-spacing: 2em"></ketamine-explainer>',
    });
    const [element] = await explainersRendered(page);
    const root = element!.shadowRoot!;
    const style = (node: Element) => page.window.getComputedStyle(node);
    const texts = [
      root.querySelector(`.${Dom.Intro}`)!,
      root.querySelector(`.${Dom.Section} .${Dom.Button}`)!,
      root.querySelector(`.${Dom.ShowAll}`)!,
      root.querySelector(`.${Dom.Crisis} a`)!,
      root.querySelector(`.${Dom.Panel} p`)!,
    ];
    // The tool's spacing, computed on the widget's element (0.12em and 0.16em of the page's text size), is inherited
    // as that length by everything inside, controls included.
    const tool = style(element!);
    expect(px(tool.letterSpacing)).to.be.closeTo(0.12 * px(tool.fontSize), 0.05);
    for (const text of texts) {
      const {fontSize, letterSpacing, wordSpacing, lineHeight} = style(text);
      const name = text.className || text.localName;
      expect(letterSpacing, `${name}: letter spacing`).to.equal(tool.letterSpacing);
      expect(wordSpacing, `${name}: word spacing`).to.equal(tool.wordSpacing);
      // Headings (the section buttons) keep their tighter line height, which grows with the text's (see below).
      if (!text.matches(`.${Dom.Section} .${Dom.Button}`)) {
        expect(px(lineHeight), `${name}: line height`).to.be.at.least(1.5 * px(fontSize) - 0.1);
      }
    }
    // Paragraph spacing is the widget's spacing token, which the page sets.
    const paragraph = root.querySelector(`.${Dom.Panel} p`)!;
    expect(px(style(paragraph).marginBottom)).to.be.closeTo(2 * px(style(paragraph).fontSize), 0.5);
    // Nothing is cut off: every control grows to fit its text.
    for (const control of root.querySelectorAll<HTMLElement>('button, select, a')) {
      expect(control.scrollHeight, `${control.textContent} fits its height`).to.be.at.most(control.clientHeight + 1);
      expect(control.scrollWidth, `${control.textContent} fits its width`).to.be.at.most(control.clientWidth + 1);
    }
  });

  it('takes a page’s own larger line height, and keeps its own where the page’s is too tight to read', async () => {
    for (const [lineHeight, expected] of [
      ['2', 2],
      ['0.6', 1.6],
    ] as const) {
      const page = await openHostPage({
        head: `<style>body { line-height: ${lineHeight} }</style>`,
        scripts: [{src: moduleBundle()}],
        body: '<ketamine-explainer></ketamine-explainer>',
      });
      const [element] = await explainersRendered(page);
      const intro = page.window.getComputedStyle(element!.shadowRoot!.querySelector(`.${Dom.Intro}`)!);
      expect(px(intro.lineHeight) / px(intro.fontSize), `page line-height ${lineHeight}`).to.be.closeTo(expected, 0.02);
      closeHostPages();
    }
  });
});
