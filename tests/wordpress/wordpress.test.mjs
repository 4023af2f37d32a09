// The plugin on a real WordPress (scripts/wordpress/test.sh installs it and serves it at KX_WP_URL): posts by an
// administrator and by an author without unfiltered_html, each page checked in Chromium and Firefox, then uninstall.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import puppeteer from 'puppeteer-core';
import {CHROMIUM_LAUNCH_OPTIONS} from '../../scripts/chromium.mjs';

const URL_BASE = process.env.KX_WP_URL;
const MODULE = '/wp-content/plugins/ketamine-explainer/assets/ketamine-explainer.js';
const wp = (...args) => JSON.parse(execFileSync('php', ['tests/wordpress/wp.php', ...args], {encoding: 'utf8'}));

const ENGINES = {
  chromium: () => puppeteer.launch(CHROMIUM_LAUNCH_OPTIONS),
  // As web-test-runner.config.mjs: Debian's Firefox ESR over WebDriver BiDi.
  firefox: () => puppeteer.launch({browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true}),
};

let posts;
let oldWordPress;
const browsers = {};
before(async () => {
  assert.ok(URL_BASE, 'run through npm run test:wordpress');
  oldWordPress = wp('old');
  posts = wp('setup');
  for (const [name, launch] of Object.entries(ENGINES)) browsers[name] = await launch();
});
after(async () => {
  for (const browser of Object.values(browsers)) await browser.close();
});

/** Loads a page; returns what a reader would get from each explainer, the module requests and console errors. */
async function visit(engine, url) {
  const page = await browsers[engine].newPage();
  const moduleRequests = [];
  const errors = [];
  const elsewhere = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname === MODULE) moduleRequests.push(request.url());
    if (url.origin !== URL_BASE && url.protocol !== 'data:') elsewhere.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(url, {waitUntil: 'load'});
  const explainers = await page.evaluate(async () => {
    // A module that fails to load never defines the element: fail then, rather than wait for ever.
    const never = new Promise((resolve) => setTimeout(() => resolve('never defined'), 15_000));
    if ((await Promise.race([customElements.whenDefined('ketamine-explainer'), never])) === 'never defined')
      return 'the element was never defined';
    const elements = [...document.querySelectorAll('ketamine-explainer')];
    await Promise.all(elements.map((element) => element.updateComplete));
    // The translation and opt-in chunks may still arrive after the first update.
    await new Promise((resolve) => setTimeout(resolve, 500));
    return elements.map((element) => {
      const root = element.shadowRoot;
      return {
        attributes: element.getAttributeNames(),
        title: root?.querySelector('.title')?.textContent.trim(),
        titleTag: root?.querySelector('.title')?.localName,
        sections: root?.querySelectorAll('.section').length,
        lang: root?.querySelector('.base')?.getAttribute('lang'),
        prerendered: root?.querySelector('.base.prerendered') !== null,
        crisisLinks: [...(root?.querySelectorAll('.crisis-links a') ?? [])].map((a) => [
          a.textContent,
          a.getAttribute('href'),
        ]),
        openSections: root?.querySelectorAll('.section .button[aria-expanded="true"]').length,
        picker: root?.querySelector('select[part="language-picker"]') !== null,
        scheme: element.getAttribute('color-scheme'),
        stylesheet: root?.querySelector('link[rel="stylesheet"]')?.href ?? null,
      };
    });
  });
  assert.ok(Array.isArray(explainers), `${explainers} (errors: ${errors.join('; ')})`);
  const typed = await page.evaluate(() => window.kxTyped);
  await page.close();
  return {explainers, moduleRequests, errors, typed, elsewhere};
}

/** The raw HTML WordPress sends (what kses and the renderer produced, before any script). */
const html = async (url) => (await fetch(url)).text();

const TITLES = {es: 'Ketamina para la depresión', en: 'Ketamine for depression'};

for (const engine of Object.keys(ENGINES)) {
  test(`${engine}: a block by an administrator renders in its language, with its options`, async () => {
    const {explainers, moduleRequests, errors, elsewhere} = await visit(engine, posts.block.url);
    assert.deepEqual(errors, []);
    assert.deepEqual(elsewhere, [], 'no request leaves the site');
    assert.equal(moduleRequests.length, 1);
    assert.equal(explainers.length, 1);
    const [explainer] = explainers;
    assert.equal(explainer.lang, 'es');
    assert.equal(explainer.title, TITLES.es);
    assert.equal(explainer.titleTag, 'h3');
    assert.equal(explainer.sections, 4);
    assert.equal(explainer.openSections, 4);
    assert.equal(explainer.prerendered, false, 'the element took over its prerendered shadow root');
  });

  test(`${engine}: two blocks and a shortcode on one page: one module request, each in its language`, async () => {
    const {explainers, moduleRequests, errors, elsewhere} = await visit(engine, posts.together.url);
    assert.deepEqual(errors, []);
    assert.deepEqual(elsewhere, [], 'no request leaves the site');
    assert.equal(moduleRequests.length, 1, moduleRequests.join(', '));
    assert.deepEqual(
      explainers.map(({lang, sections}) => [lang, sections]),
      [
        ['en', 4], // "Follow the page": the site's locale, en_US
        ['fr', 4],
        ['de', 4],
      ],
    );
    assert.ok(!explainers[0].attributes.includes('lang'), 'a block that follows the page has no lang');
    assert.equal(explainers[1].scheme, 'dark');
    assert.equal(explainers[1].picker, true);
    assert.deepEqual(explainers[2].crisisLinks, [
      ['116 123 anrufen', 'tel:116123'],
      ['SMS an 85258', 'sms:85258?body=SHOUT'],
      ['999 anrufen', 'tel:999'],
    ]);
    assert.equal(explainers[2].titleTag, 'h3');
    assert.ok(explainers[2].attributes.includes('remember') && explainers[2].attributes.includes('last-reviewed'));
  });

  test(`${engine}: an author's shortcode with bad values: the defaults, and nothing the author typed runs`, async () => {
    const {explainers, moduleRequests, errors, typed} = await visit(engine, posts['author-shortcode'].url);
    assert.deepEqual(errors, []);
    assert.equal(moduleRequests.length, 1);
    assert.equal(typed, undefined, 'kses removed the typed script');
    assert.equal(explainers.length, 1, 'kses removed the typed element; the shortcode made one');
    const [explainer] = explainers;
    // The element reflects color-scheme itself: the server's tag is the place to see that no bad value got through.
    assert.match(await html(posts['author-shortcode'].url), /<ketamine-explainer><template shadowrootmode="open">/);
    assert.equal(explainer.lang, 'en');
    assert.equal(explainer.title, TITLES.en);
    assert.equal(explainer.titleTag, 'h2');
    assert.equal(explainer.openSections, 0);
    assert.deepEqual(explainer.crisisLinks, [
      ['Call 988', 'tel:988'],
      ['Text 988', 'sms:988'],
      ['Call 911', 'tel:911'],
    ]);
  });

  test(`${engine}: a shortcode inside a block's contact URL stays text: one explainer, not two`, async () => {
    const {explainers, errors} = await visit(engine, posts['shortcode-in-attribute'].url);
    assert.deepEqual(errors, []);
    assert.equal(explainers.length, 1);
    assert.deepEqual(explainers[0].crisisLinks, [
      ['Visit help.example', 'https://help.example/#[ketamine_explainer%20lang=de]'],
    ]);
  });

  test(`${engine}: an author's block renders, its crisis contacts shown`, async () => {
    const {explainers, moduleRequests, errors} = await visit(engine, posts['author-block'].url);
    assert.deepEqual(errors, []);
    assert.equal(moduleRequests.length, 1);
    const [explainer] = explainers;
    assert.equal(explainer.lang, 'ar');
    assert.equal(explainer.sections, 4);
    assert.deepEqual(
      explainer.crisisLinks.map(([, href]) => href),
      ['tel:+44116123', 'tel:999'],
    );
  });
}

test('on WordPress older than "Requires at least" the plugin registers nothing and tells administrators', () => {
  assert.deepEqual(oldWordPress, {
    shortcode: false,
    block: false,
    script: false,
    notice:
      'Ketamine Explainer needs WordPress 6.1 or later (this site runs 6.0), so it does nothing. Please update WordPress.',
  });
});

for (const engine of Object.keys(ENGINES)) {
  test(`${engine}: a site administrator without unfiltered_html (as on a network): block and shortcode render`, async () => {
    const {explainers, moduleRequests, errors, typed} = await visit(engine, posts['site-admin'].url);
    assert.deepEqual(errors, []);
    assert.equal(moduleRequests.length, 1);
    assert.equal(typed, undefined, 'kses removed the typed script');
    assert.deepEqual(
      explainers.map(({lang, sections}) => [lang, sections]),
      [
        ['pt-BR', 4],
        ['zh-Hant', 4],
      ],
    );
  });
}

test('chromium: the block in the editor: listed, a live preview of the real element, saved as its comment only', async () => {
  // Its own context: the administrator's login cookie must not reach the other visits (the admin bar).
  const context = await browsers.chromium.createBrowserContext();
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /ketamine/i.test(message.text())) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  // Logged in with the cookies WordPress itself makes for the administrator, not by typing into wp-login.php: its
  // script focuses and selects the user field about 200 ms after load, which on a busy machine landed while the
  // password was being typed, and the editor never opened (wp-login.php?reauth=1).
  const cookies = wp('login', 'admin').map((cookie) => ({...cookie, domain: new URL(URL_BASE).hostname}));
  await context.setCookie(...cookies);
  await page.goto(`${URL_BASE}/wp-admin/post-new.php`, {waitUntil: 'load'});
  assert.equal(new URL(page.url()).pathname, '/wp-admin/post-new.php', `the editor opened, not ${page.url()}`);
  await page.waitForFunction(() => window.wp?.blocks?.getBlockType('ketamine-explainer/explainer'), {timeout: 30_000});
  const editorModule = await page.evaluate(() => {
    const script = document.querySelector('#ketamine-explainer-editor-module-js');
    return script && [script.type, script.getAttribute('integrity'), script.crossOrigin];
  });
  assert.match(editorModule?.[1] ?? '', /^sha384-/, "the editor's copy of the module is pinned too");
  assert.deepEqual([editorModule[0], editorModule[2]], ['module', 'anonymous']);
  const title = await page.evaluate(() => window.wp.blocks.getBlockType('ketamine-explainer/explainer').title);
  assert.equal(title, 'Ketamine explainer');
  await page.evaluate(() =>
    window.wp.data
      .dispatch('core/block-editor')
      .insertBlocks(window.wp.blocks.createBlock('ketamine-explainer/explainer', {lang: 'es', headingLevel: '4'})),
  );
  const preview = await page.waitForFunction(
    () => {
      const title = document.querySelector('ketamine-explainer')?.shadowRoot?.querySelector('.title');
      return title?.textContent.trim() === 'Ketamina para la depresión' && title.localName;
    },
    {timeout: 30_000},
  );
  assert.equal(await preview.jsonValue(), 'h4');
  const saved = await page.evaluate(() => window.wp.data.select('core/editor').getEditedPostContent());
  assert.equal(saved, '<!-- wp:ketamine-explainer/explainer {"lang":"es","headingLevel":"4"} /-->');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the author posts went through kses, which kept the block comment and the shortcode whole', () => {
  assert.equal(posts['site-admin'].kses, true);
  assert.ok(!posts['site-admin'].content.includes('<script'), posts['site-admin'].content);
  const shortcode = posts['author-shortcode'];
  assert.equal(shortcode.kses, true);
  assert.ok(!shortcode.content.includes('<script'), 'kses was active: it removed the typed script');
  assert.ok(shortcode.content.includes('[ketamine_explainer lang="xx" heading-level="9"'), shortcode.content);
  assert.equal(
    posts['author-block'].content,
    '<!-- wp:ketamine-explainer/explainer {"lang":"ar","crisisCall":"tel:+44 116 123","emergencyCall":"999"} /-->',
  );
});

test('the page HTML holds the prerendered embed, its stylesheet and module from the plugin, with SRI', async () => {
  const page = await html(posts.block.url);
  const plugin = `${URL_BASE}/wp-content/plugins/ketamine-explainer/assets/`;
  assert.ok(
    page.includes(`<link rel="stylesheet" href="${plugin}ketamine-explainer.css" integrity="sha384-`),
    'stylesheet',
  );
  assert.ok(page.includes('<template shadowrootmode="open">'));
  const scripts = page.match(/<script[^>]*ketamine-explainer\.js[^>]*>/g);
  assert.equal(scripts.length, 1);
  assert.match(scripts[0], /type="module"/);
  assert.match(scripts[0], /integrity="sha384-[A-Za-z0-9+/=]+" crossorigin="anonymous"/);
  const css = await fetch(`${plugin}ketamine-explainer.css`);
  assert.equal(css.status, 200);
});

test('"Follow the page" on a Spanish site: prerendered in Spanish, and the element agrees from <html lang>', async () => {
  assert.equal(wp('locale', 'es_ES'), 'es_ES');
  try {
    const page = await html(posts.together.url);
    assert.match(page, /<html lang="es-ES"/);
    const first = page.slice(page.indexOf('<ketamine-explainer'));
    assert.match(first, /^<ketamine-explainer(?![^>]*\slang=)[^>]*><template/, 'no lang on the element');
    assert.match(first, /^[^]*?<section [^>]*lang="es"[^>]*>/, 'prerendered in Spanish');
    for (const engine of Object.keys(ENGINES)) {
      const {explainers, errors, elsewhere} = await visit(engine, posts.together.url);
      assert.deepEqual(errors, [], `${engine}: ${elsewhere.join(' ')}`);
      assert.equal(explainers[0].lang, 'es', engine);
      assert.equal(explainers[0].title, TITLES.es, engine);
    }
  } finally {
    wp('locale', '');
  }
});

test('uninstall removes the plugin folder, and no option it does not own (another plugin may share its prefix)', () => {
  const left = wp('uninstall');
  assert.deepEqual(left, {
    deleted: true,
    options: ['ketamine_explainer_addon_settings'],
    folderLeft: false,
    stillActive: false,
  });
});
