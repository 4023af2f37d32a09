/**
 * The crisis contacts a clinic sets through attributes, in the built bundle: a link shows exactly what it dials, in
 * every direction of text, whatever the attribute holds.
 */
import {expect} from '@open-wc/testing';
import {closeHostPages, explainersRendered, moduleBundle, openHostPage, type HostPage} from './host-page.js';
import {Dom} from '../../src/markup/dom-contract.js';

/** Bidi controls (LRM, RLM, ALM, embeddings, overrides, isolates) and line breaks of any kind. */
const BIDI_OR_LINE_BREAK = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\n\r\v\f\u0085\u2028\u2029]/;

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

async function explainerWith(attributes: Record<string, string>, lang = 'en') {
  const list = Object.entries(attributes)
    .map(([name, value]) => `${name}="${escapeAttribute(value)}"`)
    .join(' ');
  const page = await openHostPage({lang, scripts: [{src: moduleBundle()}], body: `<ketamine-explainer ${list}>`});
  const [element] = await explainersRendered(page);
  await element!.updateComplete;
  return {
    page,
    element: element!,
    links: [...element!.shadowRoot!.querySelectorAll<HTMLAnchorElement>(`.${Dom.Crisis} a`)],
  };
}

/** The digits a link dials: its `tel:`/`sms:` number (before any `?body=`), percent-escapes decoded. */
const dialledDigits = (link: HTMLAnchorElement) =>
  decodeURIComponent(
    link
      .getAttribute('href')!
      .replace(/^(tel|sms):/, '')
      .split('?')[0]!,
  ).replace(/[^\d*#+]/g, '');

/** The digits a reader sees in a link's label (the translated words around the number carry none). */
const shownDigits = (link: HTMLAnchorElement) => link.textContent!.replace(/[^\d*#+]/g, '');

/** Where `text` starts on screen, horizontally: the left edge of the first rendered box of its first occurrence. */
function leftEdgeOf(root: Element, text: string): number {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(text);
    if (at < 0) continue;
    const range = root.ownerDocument.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    return range.getBoundingClientRect().left;
  }
  throw new Error(`${JSON.stringify(text)} is not in ${JSON.stringify(root.textContent)}`);
}

const warningsAbout = (page: HostPage, attribute: string) =>
  page.record.warnings.filter((warning) => warning.includes(attribute));

describe('end to end: crisis contacts show what they dial', () => {
  afterEach(closeHostPages);

  it('a right-to-left override cannot make "Call 911" dial 119', async () => {
    const {page, links} = await explainerWith({'crisis-call': 'tel:%E2%80%AE119'});
    expect(links.map((link) => [link.getAttribute('href'), link.textContent])).to.deep.equal([['tel:119', 'Call 119']]);
    expect(warningsAbout(page, 'crisis-call')).to.have.length(1);
  });

  it('encoded line breaks cannot put sentences into a link', async () => {
    const {links} = await explainerWith({
      'crisis-call': 'tel:911%0A%0AYou%20are%20safe%20now%2C%20no%20need%20to%20call',
      'crisis-text': 'sms:741741%0D%0AText%20later?body=HOME',
    });
    expect(links.map((link) => [link.getAttribute('href'), link.textContent])).to.deep.equal([
      ['tel:911', 'Call 911'],
      ['sms:741741?body=HOME', 'Text 741741'],
    ]);
  });

  const tricky: Record<string, string>[] = [
    {'crisis-call': 'tel:%E2%80%8F911%E2%80%8E', 'crisis-text': 'sms:%E2%81%A6852%E2%81%A958'},
    {'crisis-call': '\u202e116 123', 'crisis-text': '85\u200f258', 'emergency-call': '11\n2'},
    {'crisis-call': 'tel:+44%20(0)%20116%C2%A0123', 'emergency-call': 'tel:*99%23'},
    {'crisis-call': 'tel:116123;ext=99', 'crisis-text': 'sms:85258,85259?body=SHOUT'},
  ];
  for (const attributes of tricky) {
    it(`shows the dialled number and nothing else for ${JSON.stringify(attributes)}`, async () => {
      const {links} = await explainerWith(attributes);
      expect(links.length).to.be.greaterThan(0);
      for (const link of links) {
        expect(link.textContent, 'no bidi control or line break in a label').not.to.match(BIDI_OR_LINE_BREAK);
        expect(shownDigits(link), `${link.textContent} dials ${link.getAttribute('href')}`).to.equal(
          dialledDigits(link),
        );
      }
    });
  }

  it('a malformed attribute is ignored, and the other contacts still show what they dial', async () => {
    const {page, links} = await explainerWith({'crisis-call': 'tel:100%', 'emergency-call': '112'});
    expect(links.map((link) => [link.getAttribute('href'), link.textContent])).to.deep.equal([['tel:112', 'Call 112']]);
    expect(warningsAbout(page, 'crisis-call')).to.have.length(1);
  });

  it('labels a web or e-mail contact for what it is, translated like every other string', async () => {
    const english = await explainerWith({
      'crisis-call': 'https://www.samaritans.org/how-we-can-help/',
      'crisis-text': 'mailto:jo@samaritans.org',
    });
    expect(english.links.map((link) => [link.getAttribute('href'), link.textContent])).to.deep.equal([
      ['https://www.samaritans.org/how-we-can-help/', 'Visit www.samaritans.org'],
      ['mailto:jo@samaritans.org', 'Email jo@samaritans.org'],
    ]);
    const spanish = await explainerWith(
      {'crisis-call': 'https://www.samaritans.org/', 'crisis-text': 'mailto:jo@samaritans.org'},
      'es',
    );
    const [web, email] = spanish.links.map((link) => link.textContent!);
    expect(web).to.contain('www.samaritans.org').and.not.equal('Visit www.samaritans.org');
    expect(web, 'not the Spanish "Call"').not.to.match(/^Llamar/);
    expect(email).to.contain('jo@samaritans.org').and.not.equal('Email jo@samaritans.org');
    expect(email, 'not the Spanish "Text"').not.to.match(/^Enviar mensaje de texto/);
  });

  it('takes only a phone number for the emergency line, with one warning otherwise', async () => {
    const {page, element, links} = await explainerWith({
      'emergency-call': 'https://example.org/',
      'crisis-call': '999',
    });
    expect(links.map((link) => link.textContent)).to.deep.equal(['Call 999']);
    expect(element.shadowRoot!.querySelector(`.${Dom.Crisis}`)!.textContent).not.to.contain('example.org');
    expect(warningsAbout(page, 'emergency-call')).to.have.length(1);
  });

  for (const lang of ['ar', 'fa']) {
    it(`shows a number with spaces group by group, in order, in ${lang} (right to left)`, async () => {
      const {element, links} = await explainerWith(
        {'crisis-call': '116 123', 'emergency-call': '0800 111 22 333'},
        lang,
      );
      const notice = element.shadowRoot!.querySelector(`.${Dom.Crisis}`)!;
      expect(getComputedStyle(notice).direction).to.equal('rtl');
      expect(leftEdgeOf(links[0]!, '116'), 'in the link: 116 before 123').to.be.below(leftEdgeOf(links[0]!, '123'));
      const emergencyLine = [...notice.querySelectorAll('p')].find((paragraph) =>
        paragraph.textContent!.includes('0800'),
      )!;
      const groups = ['0800', '111', '22', '333'].map((group) => leftEdgeOf(emergencyLine, group));
      expect(groups, 'in the sentence: 0800 111 22 333 from left to right').to.deep.equal(
        [...groups].sort((a, b) => a - b),
      );
      expect(leftEdgeOf(links[1]!, '0800'), 'in the link').to.be.below(leftEdgeOf(links[1]!, '333'));
    });
  }
});
