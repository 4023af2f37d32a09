// Prints `N passed, N failed` alone on the last line (web-test-runner's own summary sits inside a progress line)
// and writes the figures to test-results/summary.json for .ci/run.
import {mkdirSync, writeFileSync} from 'node:fs';

function countTests(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) countTests(child, totals);
}

export function countingReporter() {
  return {
    onTestRunFinished({sessions}) {
      const totals = {passed: 0, failed: 0, skipped: 0};
      for (const session of sessions) {
        countTests(session.testResults, totals);
        // A test file that failed to load, or an error outside any test, is a failure too.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.failed++;
      }
      mkdirSync('test-results', {recursive: true});
      writeFileSync('test-results/summary.json', JSON.stringify(totals));
    },
    async stop() {},
  };
}
