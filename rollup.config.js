import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import {fileURLToPath} from 'node:url';
import {CHUNK_RETRIES} from './scripts/integrity-import-map.mjs';

/**
 * Browsers remember a failed module load for the page's lifetime: importing the same URL again fails again without
 * asking the network. So that a chunk that failed (network error, 404) can be retried later, each dynamic import asks
 * for its chunk under a new URL on every call after the first (`chunks/es.js?retry=1`, ...). The widget only imports
 * a chunk again after a failure, since it keeps what loaded (src/i18n/translations.ts, src/utils/lazy-module.ts).
 * At most CHUNK_RETRIES new URLs, so that an integrity import map can list every URL a chunk is fetched from.
 */
const retryableChunkImports = () => ({
  name: 'retryable-chunk-imports',
  renderDynamicImport: ({targetChunk}) => (targetChunk ? {left: 'import(retryableSpecifier(', right: '))'} : null),
  intro: (chunk) =>
    chunk.dynamicImports.length > 0
      ? 'const chunkImportCalls = new Map();\n' +
        'const retryableSpecifier = (specifier) => {\n' +
        '  const calls = chunkImportCalls.get(specifier) ?? 0;\n' +
        '  chunkImportCalls.set(specifier, calls + 1);\n' +
        `  return calls === 0 ? specifier : \`\${specifier}?retry=\${Math.min(calls, ${CHUNK_RETRIES})}\`;\n` +
        '};'
      : '',
});

/**
 * Makes the bundled Lit read its globals (`litHtmlVersions`, `ShadyCSS`, `reactiveElementPolyfillSupport`, ...)
 * through src/utils/unclobbered-global.ts, so that page elements with those ids or names cannot break it (DOM clobbering).
 */
const UNCLOBBERED_GLOBAL = fileURLToPath(new URL('src/utils/unclobbered-global.ts', import.meta.url));
const LIT_MODULE = /[\\/]node_modules[\\/](lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/;
const unclobberedLitGlobals = () => ({
  name: 'unclobbered-lit-globals',
  transform: (code, id) =>
    LIT_MODULE.test(id) && /\bglobalThis\b/.test(code)
      ? {
          code:
            `import {unclobberedGlobal as litGlobal$} from ${JSON.stringify(UNCLOBBERED_GLOBAL)};\n` +
            code.replace(/\bglobalThis\b/g, 'litGlobal$'),
          map: null,
        }
      : null,
});

/**
 * Lit's `css` tag explains at length, in every reader's download, an error only a developer can cause: passing a value
 * that is not a `css` result into a `css` template. This widget's style templates hold no values at all
 * (tests/node/prerender.test.mjs checks), so the explanation is shortened to its gist.
 */
const CSS_TAG_ERROR =
  /"Value passed to 'css' function must be a 'css' function result: "\+(\w+)\+"\. Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security\."/;
const shortLitErrors = () => ({
  name: 'short-lit-errors',
  transform: (code, id) =>
    /[\\/]@lit[\\/]reactive-element[\\/]css-tag\.js$/.test(id) && CSS_TAG_ERROR.test(code)
      ? {code: code.replace(CSS_TAG_ERROR, '"css: not a css result: "+$1'), map: null}
      : null,
});

const plugins = () => [
  typescript({
    tsconfig: './tsconfig.json',
    include: ['src/**/*.ts'],
    // With the whole program in view, the compiler writes each name of the DOM contract (a const enum,
    // src/markup/dom-contract.ts) where it is used; isolatedModules (for esbuild in the tests) would keep the enum object.
    compilerOptions: {noEmit: false, declaration: false, sourceMap: false, isolatedModules: false},
  }),
  // Lit templates and styles are plain template literals: terser keeps their whitespace, this plugin does not.
  minifyHTML(),
  resolve(),
  unclobberedLitGlobals(),
  shortLitErrors(),
  retryableChunkImports(),
  terser({ecma: 2022, module: true, compress: {passes: 3}, format: {comments: false}}),
];

// @lit/localize's modules set up its page-wide runtime at load time; this widget uses only msg() and str (see
// src/i18n/msg-runtime.ts), so the rest may be dropped.
const TREESHAKE = {moduleSideEffects: (id) => !id.includes('@lit/localize')};

export default [
  {
    // The ES module: a one-line entry that re-exports chunks/core.js (the widget), and lazily loaded chunks (one per
    // translation, read-aloud, clinic features) that import the core, never the entry. Pages load the entry under
    // whatever URL they like (WordPress adds `?ver=...`, CDNs add cache-busting queries); a chunk importing the entry
    // by its plain URL would make the browser fetch and run a second copy of the whole widget, with a second Lit.
    input: 'src/index.ts',
    // 'strict' keeps the entry's exports exactly as declared, which makes rollup move the widget to a shared chunk
    // and leave the entry a facade over it.
    preserveEntrySignatures: 'strict',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: 'ketamine-explainer.js',
      // Stable names: a versioned folder (see README) caches them, and random hashes would not compress.
      chunkFileNames: (chunk) =>
        chunk.moduleIds.some((id) => id.endsWith('/src/index.ts')) ? 'chunks/core.js' : 'chunks/[name].js',
    },
    plugins: plugins(),
    treeshake: TREESHAKE,
  },
  {
    // The classic script: a single file with every translation inlined (an IIFE cannot load chunks).
    input: 'src/classic.ts',
    output: {file: 'dist/ketamine-explainer.iife.js', format: 'iife', inlineDynamicImports: true},
    plugins: plugins(),
    treeshake: TREESHAKE,
  },
];
