import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

/**
 * Browsers remember a failed module load for the page's lifetime: importing the same URL again fails again without
 * asking the network. So that a chunk that failed (network error, 404) can be retried later, each dynamic import asks
 * for its chunk under a new URL on every call after the first (`chunks/es.js?retry=1`, ...). The widget only imports
 * a chunk again after a failure, since it keeps what loaded (src/localization.ts, src/lazy-module.ts).
 */
const retryableChunkImports = () => ({
  name: 'retryable-chunk-imports',
  renderDynamicImport: ({targetChunk}) => (targetChunk ? {left: 'import(retryableSpecifier(', right: '))'} : null),
  intro: (chunk) =>
    chunk.isEntry
      ? 'const chunkImportCalls = new Map();\n' +
        'const retryableSpecifier = (specifier) => {\n' +
        '  const calls = chunkImportCalls.get(specifier) ?? 0;\n' +
        '  chunkImportCalls.set(specifier, calls + 1);\n' +
        '  return calls === 0 ? specifier : `${specifier}?retry=${calls}`;\n' +
        '};'
      : '',
});

const plugins = () => [
  typescript({
    tsconfig: './tsconfig.json',
    include: ['src/**/*.ts'],
    compilerOptions: {noEmit: false, declaration: false, sourceMap: false},
  }),
  // Lit templates and styles are plain template literals: terser keeps their whitespace, this plugin does not.
  minifyHTML(),
  resolve(),
  retryableChunkImports(),
  terser({ecma: 2022, module: true, compress: {passes: 3}, format: {comments: false}}),
];

// @lit/localize's modules set up its page-wide runtime at load time; this widget uses only msg() and str (see
// src/localization.ts), so the rest may be dropped.
const TREESHAKE = {moduleSideEffects: (id) => !id.includes('@lit/localize')};

export default [
  {
    // The ES module: the entry plus lazily loaded chunks (one per translation, read-aloud, clinic features), each
    // fetched relative to the entry's own URL.
    input: 'src/index.ts',
    // Keeps the entry a real module instead of a tiny facade that re-exports a shared chunk.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: 'ketamine-explainer.js',
      // Stable names: a versioned folder (see README) caches them, and random hashes would not compress.
      chunkFileNames: 'chunks/[name].js',
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
