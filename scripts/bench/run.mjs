// `npm run bench`: the widget against the native <details> floor and two well-known peers, in headless Chromium
// with 4x CPU throttling, every page loaded several times, medians, all in one run so that the ratios hold on a
// noisy machine; then Lighthouse on the demo page. Prints a table and writes bench-results/latest.json.
// `npm run bench` builds first. Figures, not assertions: nothing here fails a build.
// While developing: BENCH_RUNS=2 (rounds), BENCH_PAGES=native,govuk,ours-prerendered (a subset of the pages),
// BENCH_LIGHTHOUSE=0 (skips Lighthouse).
/* global document, window, requestAnimationFrame -- used in page.evaluate() callbacks, which run in the browser */
import {mkdirSync, writeFileSync} from 'node:fs';
import puppeteer from 'puppeteer-core';
import {IMPLEMENTATIONS as ALL_PAGES, contentHeading} from './pages.mjs';
import {startServer} from './server.mjs';
import {runLighthouse} from './lighthouse.mjs';
import {CHROMIUM_LAUNCH_OPTIONS} from '../chromium.mjs';

const PORT = 8790;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const MANY = 50;
const CLICKS = 5;
const IMPLEMENTATIONS = process.env.BENCH_PAGES
  ? ALL_PAGES.filter((name) => process.env.BENCH_PAGES.split(',').includes(name))
  : ALL_PAGES;
/** The issue 15 target for the prerendered embed: time to content at most this many times native <details>'s. */
const TARGET_RATIO = 1.15;

/** Injected before any page script: adds up the page's layout shifts as Chromium reports them (cumulative layout shift). */
const watchLayoutShift = () => {
  window.__cls = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
  }).observe({type: 'layout-shift', buffered: true});
};

/**
 * Injected before any page script: records when `heading` (the last section's) is laid out `count` times (every
 * instance's last section), in its final styles: the stylesheets linked in its document or shadow root have loaded
 * (a render-blocking stylesheet in the head always has; one linked inside a shadow root may arrive later).
 */
const watchContent = (heading, count) => {
  const matches = (root, found) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) matches(element.shadowRoot, found);
      if (element.childElementCount === 0 && element.textContent.trim() === heading) found.push(element);
    }
    return found;
  };
  const styled = (element) =>
    [...element.getRootNode().querySelectorAll('link[rel~="stylesheet"]')].every((link) => link.sheet);
  const laidOut = (element) =>
    element.getBoundingClientRect().height > 0 && element.checkVisibility() && styled(element);
  const tick = () => {
    const found = matches(document, []).filter(laidOut);
    if (found.length >= count) window.__contentAt = performance.now();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};

/**
 * In the page: clicks the first section's control and resolves with the time until a frame shows it open; clicks
 * again to close it and waits for any closing animation, `CLICKS` times, and resolves with every opening's time.
 * One click per load would measure mostly where in the 16.7 ms frame the click happened to fall.
 */
const clickToOpen = async (clicks) => {
  const widget = document.querySelector('ketamine-explainer');
  const shoelace = document.querySelector('sl-details');
  const toggle =
    widget?.shadowRoot.querySelector('.section .button') ??
    shoelace?.shadowRoot.querySelector('[part="header"]') ??
    document.querySelector('.govuk-accordion__section-button') ??
    document.querySelector('details > summary');
  const firstParagraph = () =>
    widget?.shadowRoot.querySelector('.panel p') ??
    shoelace?.querySelector('p') ??
    document.querySelector('.govuk-accordion__section-content p, details p');
  const shown = () => firstParagraph().checkVisibility() && firstParagraph().getBoundingClientRect().height > 0;
  const open = () =>
    new Promise((resolve) => {
      const start = performance.now();
      toggle.click();
      const frame = () => (shown() ? resolve(performance.now() - start) : requestAnimationFrame(frame));
      requestAnimationFrame(frame);
    });
  const times = [];
  for (let click = 0; click < clicks; click++) {
    times.push(await open());
    toggle.click();
    await new Promise((resolve) => setTimeout(resolve, 400));
  }
  return times;
};

async function measure(browser, sent, implementation, count) {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: 4});
  await cdp.send('Performance.enable');
  // Every load is a first visit: nothing from an earlier load's HTTP cache (or the code cache kept with it).
  await cdp.send('Network.clearBrowserCache');
  await page.evaluateOnNewDocument(watchLayoutShift);
  if (count > 0) await page.evaluateOnNewDocument(watchContent, contentHeading(implementation), count);
  sent.bytes = 0;
  sent.widgetBytes = 0;
  await page.goto(`http://127.0.0.1:${PORT}/pages/${implementation}-${count}.html`, {waitUntil: 'load'});
  const {bytes, widgetBytes} = sent;
  let contentMs = null;
  if (count > 0) {
    await page.waitForFunction(() => window.__contentAt !== undefined, {timeout: 30000});
    contentMs = await page.evaluate(() => window.__contentAt);
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
  // Before any click: the shifts as the page loaded (a prerendered embed's upgrade included).
  const cls = await page.evaluate(() => window.__cls);
  const metrics = Object.fromEntries(
    (await cdp.send('Performance.getMetrics')).metrics.map(({name, value}) => [name, value]),
  );
  await cdp.send('HeapProfiler.collectGarbage');
  const {usedSize} = await cdp.send('Runtime.getHeapUsage');
  // Click-to-open is reported for one instance only.
  const clickMs = count === 1 ? await page.evaluate(clickToOpen, CLICKS) : [];
  await page.close();
  return {bytes, widgetBytes, contentMs, taskMs: metrics.TaskDuration * 1000, heap: usedSize, clickMs, cls};
}

const median = (values) => {
  const sorted = values.filter((value) => value !== null).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : null;
};

/** Each figure of one round: the same loads the medians come from. */
const roundFigures = (sets, round) => ({
  content: sets.one[round].contentMs,
  tasks: sets.one[round].taskMs,
  click: median(sets.one[round].clickMs),
  content50: sets.many[round].contentMs,
  tasks50: sets.many[round].taskMs,
  heap: (sets.many[round].heap - sets.none[round].heap) / MANY,
});

const OURS = 'ours-module';
const PEERS = ['govuk', 'shoelace'].filter((peer) => IMPLEMENTATIONS.includes(peer));
/** Our embeds compared head to head with the peers: the module, and the prerendered embed (issue 15). */
const COMPARED = [OURS, 'ours-prerendered', 'ours-prerendered-es'].filter((name) => IMPLEMENTATIONS.includes(name));

/**
 * In how many rounds `ours` beat each peer on each figure (lower is better for all of them). Both pages of a round ran
 * minutes apart at most, so this holds better than comparing medians when the machine's speed drifts.
 */
function headToHead(runs, ours) {
  const rounds = runs[ours].one.length;
  const table = {};
  for (const peer of PEERS) {
    table[peer] = {};
    for (let round = 0; round < rounds; round++) {
      const mine = roundFigures(runs[ours], round);
      const theirs = roundFigures(runs[peer], round);
      for (const figure of Object.keys(mine)) {
        table[peer][figure] = (table[peer][figure] ?? 0) + (mine[figure] < theirs[figure] ? 1 : 0);
      }
    }
  }
  return {rounds, roundsAhead: table};
}

/**
 * Time to content against native <details>, with 1 and 50 instances: the ratio of the medians, and in how many rounds
 * `ours` was within TARGET_RATIO of native's time in the same round.
 */
function againstNative(runs, ours, results) {
  const ratio = (key) => results[ours][key] / results.native[key];
  const within = (set) =>
    runs[ours][set].filter((result, round) => result.contentMs <= TARGET_RATIO * runs.native[set][round].contentMs)
      .length;
  return {
    ratio: ratio('contentMs'),
    ratio50: ratio('contentMs50'),
    roundsWithin: within('one'),
    roundsWithin50: within('many'),
  };
}

async function layoutShiftOnDemo(browser) {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(watchLayoutShift);
  await page.goto(`http://127.0.0.1:${PORT}/demo/`, {waitUntil: 'networkidle0'});
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const cls = await page.evaluate(() => window.__cls);
  await page.close();
  return cls;
}

const {server, sent} = await startServer(PORT);
const browser = await puppeteer.launch(CHROMIUM_LAUNCH_OPTIONS);
const results = {};
try {
  // Round-robin: each round loads every implementation once, so that a slow spell of this shared machine hits them all
  // alike instead of whichever happened to be measured then.
  const runs = Object.fromEntries(
    IMPLEMENTATIONS.map((implementation) => [implementation, {one: [], many: [], none: [], twiceMany: []}]),
  );
  for (let run = 0; run < RUNS; run++) {
    for (const implementation of IMPLEMENTATIONS) {
      const sets = runs[implementation];
      sets.none.push(await measure(browser, sent, implementation, 0));
      sets.one.push(await measure(browser, sent, implementation, 1));
      sets.many.push(await measure(browser, sent, implementation, MANY));
      sets.twiceMany.push(await measure(browser, sent, implementation, 2 * MANY));
    }
    console.error(`round ${run + 1} of ${RUNS} done`);
  }
  results.headToHead = Object.fromEntries(COMPARED.map((ours) => [ours, headToHead(runs, ours)]));
  for (const implementation of IMPLEMENTATIONS) {
    const sets = runs[implementation];
    const pick = (set, key) => median(sets[set].map((result) => result[key]));
    results[implementation] = {
      bytesGzip: pick('one', 'bytes'),
      widgetBytesGzip: pick('one', 'widgetBytes'),
      contentMs: pick('one', 'contentMs'),
      taskMs: pick('one', 'taskMs'),
      clickToOpenMs: median(sets.one.flatMap((result) => result.clickMs)),
      contentMs50: pick('many', 'contentMs'),
      taskMs50: pick('many', 'taskMs'),
      heapPerInstanceKb: (pick('many', 'heap') - pick('none', 'heap')) / MANY / 1024,
      // The heap added by instances 51 to 100: what one more instance costs once the code is compiled and warm.
      heapMarginalKb: (pick('twiceMany', 'heap') - pick('many', 'heap')) / MANY / 1024,
      // Cumulative layout shift as the page loads (before any click), one and fifty instances.
      cls: pick('one', 'cls'),
      cls50: pick('many', 'cls'),
    };
  }
  if (IMPLEMENTATIONS.includes('native')) {
    results.againstNative = Object.fromEntries(
      IMPLEMENTATIONS.filter((name) => name.startsWith('ours-')).map((ours) => [
        ours,
        againstNative(runs, ours, results),
      ]),
    );
  }
  results.demoLayoutShift = await layoutShiftOnDemo(browser);
} finally {
  await browser.close();
}
results.lighthouse = process.env.BENCH_LIGHTHOUSE === '0' ? null : await runLighthouse(PORT);
server.close();

const round = (value, digits = 0) => (value === null ? '—' : value.toFixed(digits));
const rows = IMPLEMENTATIONS.map((name) => {
  const r = results[name];
  return `| ${name.padEnd(19)} | ${round(r.bytesGzip).padStart(7)} | ${round(r.contentMs).padStart(7)} | ${round(r.taskMs).padStart(6)} | ${round(r.clickToOpenMs, 1).padStart(6)} | ${round(r.contentMs50).padStart(8)} | ${round(r.taskMs50).padStart(8)} | ${round(r.heapPerInstanceKb, 1).padStart(7)} | ${round(r.cls, 4).padStart(6)} | ${round(r.cls50, 4).padStart(6)} |`;
});
const times = (value) => `${value.toFixed(2)}x`;
const table = [
  `Headless Chromium, CPU throttled 4x, medians of ${RUNS} rounds (every page loaded once per round), ${CLICKS} clicks per load (gzip bytes counted by the local server).`,
  '',
  '| page                | bytes   | content | tasks  | click  | content  | tasks    | heap/   | CLS    | CLS    |',
  '|                     | (gzip)  | ms      | ms     | ms     | 50x ms   | 50x ms   | inst KB |        | 50x    |',
  '| ------------------- | ------- | ------- | ------ | ------ | -------- | -------- | ------- | ------ | ------ |',
  ...rows,
  '',
  `JS heap per instance is (heap with ${MANY} instances - heap with none) / ${MANY}: it includes compiling the code on`,
  `first use. One more instance once the code is warm ((heap with ${2 * MANY} - heap with ${MANY}) / ${MANY}): ${IMPLEMENTATIONS.map((name) => `${name} ${round(results[name].heapMarginalKb, 2)} KB`).join(', ')}.`,
  '',
  ...(results[OURS]
    ? [
        `First render in English, the widget's own files (the page's HTML aside): ${results[OURS].widgetBytesGzip} B gzip (the build's budget is ENTRY_BUDGET in scripts/check-size.mjs; the first release's target was 14,000).`,
        '',
      ]
    : []),
  ...COMPARED.flatMap((ours) => [
    `Rounds (of ${results.headToHead[ours].rounds}) in which ${ours} was ahead, figure by figure:`,
    ...PEERS.map(
      (peer) =>
        `  vs ${peer}: ${Object.entries(results.headToHead[ours].roundsAhead[peer])
          .map(([figure, ahead]) => `${figure} ${ahead}`)
          .join(', ')}`,
    ),
  ]),
  '',
  ...(results.againstNative
    ? [
        `Time to content against native <details> (ratio of the medians; rounds within ${TARGET_RATIO}x of native in the same round):`,
        ...Object.entries(results.againstNative).map(
          ([ours, {ratio, ratio50, roundsWithin, roundsWithin50}]) =>
            `  ${ours.padEnd(19)} 1 instance ${times(ratio)} (${roundsWithin} of ${RUNS} rounds within), 50 instances ${times(ratio50)} (${roundsWithin50} of ${RUNS})`,
        ),
        '',
      ]
    : []),
  ...COMPARED.filter((name) => name.startsWith('ours-prerendered') && results.againstNative && results.govuk).map(
    (ours) => {
      const {ratio, ratio50} = results.againstNative[ours];
      const ahead = (key) => results[ours][key] < results.govuk[key];
      const met = ratio <= TARGET_RATIO && ratio50 <= TARGET_RATIO && ahead('contentMs') && ahead('contentMs50');
      return `Target (issue 15) for ${ours}: time to content within ${TARGET_RATIO}x of native and ahead of govuk, 1 and 50 instances (medians): ${met ? 'met' : 'NOT met'}`;
    },
  ),
  `Demo page cumulative layout shift: ${results.demoLayoutShift.toFixed(4)}`,
  results.lighthouse
    ? `Lighthouse on the demo: performance ${results.lighthouse.performance}, accessibility ${results.lighthouse.accessibility}, best practices ${results.lighthouse['best-practices']}`
    : 'Lighthouse skipped (BENCH_LIGHTHOUSE=0)',
];
console.log(table.join('\n'));
mkdirSync('bench-results', {recursive: true});
writeFileSync(
  'bench-results/latest.json',
  `${JSON.stringify({date: new Date().toISOString(), runs: RUNS, results}, null, 2)}\n`,
);
console.log('\nWrote bench-results/latest.json');
