/**
 * The demo's gallery (demo/gallery/, written by the build from demo/examples.js): every named example embed renders
 * on one page, with its theme, from plain HTML and a stylesheet file that a strict CSP allows.
 */
import {expect, waitUntil} from '@open-wc/testing';
import {examples} from '../../demo/examples.js';
import {Dom} from '../../src/markup/dom-contract.js';

describe('end to end: the gallery of named examples', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('shows every named example, each themed as its example says', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1024px; height: 800px; border: 0';
    frame.src = '/demo/gallery/';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    document.body.append(frame);
    await loaded;
    const page = frame.contentDocument!;
    const names = Object.keys(examples);
    const widgets = () => [...page.querySelectorAll('ketamine-explainer')];
    await waitUntil(
      () => widgets().every((widget) => widget.shadowRoot?.querySelector(`.${Dom.Section}`)),
      'every example renders its sections',
      {timeout: 8000},
    );
    expect(widgets().map(({id}) => id)).to.deep.equal(names.map((name) => `example-${name}`));
    for (const [name, {properties = {}, attributes}] of Object.entries(examples)) {
      const widget = page.getElementById(`example-${name}`)!;
      for (const [property, value] of Object.entries(properties)) {
        // WebKit writes a font name's quotes as double quotes.
        const computed = getComputedStyle(widget).getPropertyValue(property).trim().replace(/"/g, "'");
        expect(computed, `${name} ${property}`).to.equal(value.replace(/"/g, "'"));
      }
      if (attributes.lang) expect(widget.getAttribute('lang')).to.equal(attributes.lang);
    }
  });

  it('needs no inline style or script, so a strict CSP allows it', async () => {
    const html = await (await fetch('/demo/gallery/')).text();
    expect(html).not.to.match(/\sstyle=|<style|<script(?![^>]*\ssrc=)/);
  });
});
