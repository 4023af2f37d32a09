// Writes dist/fallback.html: the embed with the English article as plain HTML inside the element (light DOM), for
// readers without JavaScript and for search engines. The widget does not render unslotted children, so once it
// upgrades, its own collapsible version takes the fallback's place. Built from the same content module as the widget.
import {writeFileSync} from 'node:fs';
import {articleIntro, articleSections, articleTitle, crisisNotice} from '../dist/lib/content/article.js';
import {escapeHtml} from './escape-html.mjs';

const crisis = crisisNotice();
const crisisHtml = [
  `    <h3>${escapeHtml(crisis.heading)}</h3>`,
  ...[crisis.hope, ...crisis.paragraphs].map((text) => `    <p>${escapeHtml(text)}</p>`),
  `    <p>${crisis.links.map(({href, label}) => `<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>`).join(' · ')}</p>`,
];
const lines = [
  '<ketamine-explainer>',
  '  <div class="ketamine-explainer-fallback" lang="en">',
  `    <h2>${escapeHtml(articleTitle())}</h2>`,
  `    <p>${escapeHtml(articleIntro())}</p>`,
  // As in the widget: the crisis notice right after the intro, before any section.
  ...crisisHtml,
  ...articleSections().flatMap(({heading, paragraphs}) => [
    `    <h3>${escapeHtml(heading)}</h3>`,
    ...paragraphs.map((paragraph) => `    <p>${escapeHtml(paragraph)}</p>`),
  ]),
  '  </div>',
  '</ketamine-explainer>',
];
writeFileSync('dist/fallback.html', `${lines.join('\n')}\n`);
console.log(`dist/fallback.html: ${lines.length} lines`);
