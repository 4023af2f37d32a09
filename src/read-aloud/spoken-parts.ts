/** What "Listen" reads: the widget's text as a reader sees it, in order, and never what is hidden. */
import {NOT_SHOWN, renderedChildren, shownText} from '../markup/shown-text.js';
import type {SpokenPart} from './read-aloud-support.js';
import {Dom} from '../markup/dom-contract.js';

/** The widget's own markup that is not read: the controls, the status region, the links row, the icons. */
const NOT_READ = `.${Dom.Controls}, [role="status"], .${Dom.Cta}, .${Dom.Reviewed}, .${Dom.CrisisLinks}, svg`;
const BLOCKS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'P', 'LI']);

/** Whether text stands directly in `element` (a clinic's `<div>Call us: <a>…</a></div>`): it is then read as a block. */
const hasOwnText = (element: Element): boolean =>
  renderedChildren(element).some((child) => child.nodeType === Node.TEXT_NODE && child.textContent?.trim());

/**
 * One part per heading, paragraph or other element with text of its own in `root` (the widget's shadow root), in
 * order: title, intro, every section (collapsed ones too: read aloud opens each as it comes to it), the crisis notice,
 * with slotted clinic content in place of the defaults. What the page hides (`hidden`, `aria-hidden="true"`,
 * `<script>`, `<style>`, `<template>`, `<noscript>`) is left out.
 */
export function spokenParts(root: ShadowRoot): SpokenPart[] {
  const parts: SpokenPart[] = [];
  let section: {sectionId: string; sectionHeading: string} | undefined;
  const visit = (node: Node): void => {
    if (node instanceof Element) {
      if (node.getRootNode() !== root) {
        if (node.matches(`${NOT_SHOWN}, svg`)) return;
      } else if (node.classList.contains(Dom.Panel)) {
        // A collapsed panel is hidden until found: it is read all the same.
      } else if (node.matches(`${NOT_READ}, ${NOT_SHOWN}`)) {
        return;
      } else if (node.classList.contains(Dom.Section)) {
        section = {sectionId: node.id, sectionHeading: shownText(node.querySelector(`.${Dom.ButtonText}`) ?? node)};
      } else if (node.classList.contains(Dom.Crisis)) {
        section = undefined;
      }
      if (BLOCKS.has(node.tagName) || hasOwnText(node)) {
        const text = shownText(node);
        if (text) parts.push({text, element: node, ...section});
        return;
      }
    }
    renderedChildren(node).forEach(visit);
  };
  visit(root);
  return parts;
}
