// Writes dist/fallback.html: the embed with the English article as plain HTML inside the element (light DOM), for
// readers without JavaScript and for search engines. The widget does not render unslotted children, so once it
// upgrades, its own collapsible version takes the fallback's place. Built from the same content module as the widget.
import {writeFileSync} from 'node:fs';
import {articleIntro, articleSections, articleTitle, crisisNotice} from '../dist/lib/content/article.js';

const escape = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const crisis = crisisNotice();
const crisisHtml = [
  `    <h3>${escape(crisis.heading)}</h3>`,
  ...[crisis.hope, ...crisis.paragraphs].map((text) => `    <p>${escape(text)}</p>`),
  `    <p>${crisis.links.map(({href, label}) => `<a href="${escape(href)}">${escape(label)}</a>`).join(' · ')}</p>`,
];
const lines = [
  '<ketamine-explainer>',
  '  <div class="ketamine-explainer-fallback" lang="en">',
  `    <h2>${escape(articleTitle())}</h2>`,
  `    <p>${escape(articleIntro())}</p>`,
  // As in the widget: the crisis notice right after the intro, before any section.
  ...crisisHtml,
  ...articleSections().flatMap(({heading, paragraphs}) => [
    `    <h3>${escape(heading)}</h3>`,
    ...paragraphs.map((paragraph) => `    <p>${escape(paragraph)}</p>`),
  ]),
  '  </div>',
  '</ketamine-explainer>',
];
writeFileSync('dist/fallback.html', `${lines.join('\n')}\n`);
console.log(`dist/fallback.html: ${lines.length} lines`);
