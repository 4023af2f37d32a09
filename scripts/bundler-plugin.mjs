// A web-test-runner command that builds tests/bundler/consumer.js the way an app's bundler would: esbuild resolves
// `ketamine-explainer/...` through this package's own "exports" (dist/lib/), with code splitting for translations.
import {build} from 'esbuild';

export function bundlerPlugin() {
  return {
    name: 'bundle-consumer',
    async executeCommand({command}) {
      if (command !== 'bundle-consumer') return undefined;
      await build({
        entryPoints: ['tests/bundler/consumer.js'],
        bundle: true,
        splitting: true,
        format: 'esm',
        minify: true,
        outdir: 'test-results/bundler',
        logLevel: 'silent',
      });
      return '/test-results/bundler/consumer.js';
    },
  };
}
