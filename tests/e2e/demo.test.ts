/**
 * The demo page (demo/index.html, written by the build from demo/index.template.html): its embed is prerendered, so
 * the article paints with the page, and when the module arrives it upgrades in place without moving anything
 * (cumulative layout shift below 0.01, https://web.dev/articles/cls; the target).
 */
import {expect, waitUntil} from '@open-wc/testing';
import {Dom} from '../../src/markup/dom-contract.js';

const MODULE_TAG = '<script type="module" src="../dist/ketamine-explainer.js"></script>';
const demoHtml = async () => (await fetch('/demo/')).text();
const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe('end to end: the demo page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('embeds the prerendered widget once, with the module script, and no inline style or script', async () => {
    const html = await demoHtml();
    expect(html.match(/<ketamine-explainer[\s>]/g)).to.have.length(1);
    expect(html).to.match(/<ketamine-explainer\b[^>]*\blanguage-picker\b[^>]*>\s*<template shadowrootmode="open">/);
    expect(html.split(MODULE_TAG)).to.have.length(2);
    expect(html).not.to.match(/\sstyle=|<style|<script(?![^>]*\ssrc=)/);
  });

  it('paints the article before the module arrives, and the upgrade shifts nothing', async function () {
    this.timeout(20000);
    // The page as served, with its module script held back (as on a slow network) until the prerendered embed has
    // painted; then the same script.
    const html = (await demoHtml())
      .replace(MODULE_TAG, '')
      .replace('<head>', `<head><base href="${location.origin}/demo/">`);
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1024px; height: 900px; border: 0';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    frame.srcdoc = html;
    document.body.append(frame);
    await loaded;
    const page = frame.contentDocument!;
    const view = frame.contentWindow as Window & typeof globalThis;
    const widget = page.querySelector('ketamine-explainer')!;
    const root = widget.shadowRoot!;
    expect(root, 'a declarative shadow root').to.exist;
    await waitUntil(
      () => [...root.querySelectorAll('link[rel~="stylesheet"]')].every((link) => (link as HTMLLinkElement).sheet),
      'the stylesheet loads',
    );
    await frames();
    expect(view.customElements.get('ketamine-explainer'), 'no script yet').to.be.undefined;
    const title = root.querySelector(`#${Dom.Title}`)!;
    expect(title.textContent).to.contain('Ketamine');
    expect(root.querySelector(`#${Dom.CrisisHeading}`)!.getBoundingClientRect().height).to.be.greaterThan(0);
    const below = page.getElementById('contact-heading')!;
    const before = {widget: widget.getBoundingClientRect().height, below: below.getBoundingClientRect().top};

    let shift = 0;
    const layoutShift = 'LayoutShift' in view; // Chromium reports layout shifts; Firefox and WebKit do not.
    if (layoutShift) {
      new view.PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {value: number; hadRecentInput: boolean})[]) {
          if (!entry.hadRecentInput) shift += entry.value;
        }
      }).observe({type: 'layout-shift', buffered: true});
    }
    const script = page.createElement('script');
    script.type = 'module';
    script.src = '../dist/ketamine-explainer.js';
    page.head.append(script);
    await waitUntil(
      () => root.querySelector(`.${Dom.Section} button[aria-expanded]`) && !root.querySelector('details'),
      'the widget upgrades',
      {timeout: 10000},
    );
    // The language picker comes with the opt-in chunk, which the upgrade waits for.
    await waitUntil(
      () => view.performance.getEntriesByType('resource').some(({name}) => name.includes('/chunks/opt-in-features.js')),
      'the opt-in chunk loads',
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    await frames();

    expect(root.querySelectorAll(`#${Dom.Title}`), 'one title').to.have.length(1);
    expect(widget.getBoundingClientRect().height, "the widget's height").to.be.closeTo(before.widget, 0.5);
    expect(below.getBoundingClientRect().top, 'the content below').to.be.closeTo(before.below, 0.5);
    if (layoutShift) expect(shift, 'cumulative layout shift').to.be.below(0.01);
  });
});
