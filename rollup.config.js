import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const plugins = () => [
  typescript({
    tsconfig: './tsconfig.json',
    include: ['src/**/*.ts'],
    compilerOptions: {noEmit: false, declaration: false, sourceMap: false},
  }),
  // Lit templates and styles are plain template literals: terser keeps their whitespace, this plugin does not.
  minifyHTML(),
  resolve(),
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
      file: undefined,
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
