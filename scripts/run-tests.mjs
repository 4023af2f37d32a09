// Runs the Node tests (tests/node: the package as npm ships it), then starts WebKitWebDriver on a free port, runs
// web-test-runner with the given arguments in the browsers, stops the driver, adds both counts into
// test-results/summary.json, prints them as the last line, and exits non-zero if anything failed.
import {spawn, spawnSync} from 'node:child_process';
import {mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:net';

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });

async function waitForDriver(port) {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within 10 s`);
}

const args = process.argv.slice(2);
const watching = args.includes('--watch');
const filtered = args.includes('--files');

let node = {passed: 0, failed: 0};
if (!watching && !filtered) {
  // Files, not the folder: Node 21 and later take these arguments as file patterns, not folders to search.
  const files = readdirSync('tests/node')
    .filter((name) => name.endsWith('.test.mjs'))
    .map((name) => `tests/node/${name}`);
  const result = spawnSync(process.execPath, ['--test', '--test-reporter=tap', ...files], {encoding: 'utf8'});
  process.stdout.write(result.stdout);
  const count = (name) => Number(result.stdout.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  node = {passed: count('pass'), failed: count('fail') || (result.status === 0 ? 0 : 1)};
}

const browsers = process.env.BROWSERS ?? 'chromium,firefox,webkit';
const env = {...process.env, BROWSERS: browsers};
let driver;
if (browsers.includes('webkit')) {
  const port = await freePort();
  driver = spawn('WebKitWebDriver', [`--port=${port}`], {stdio: 'ignore'});
  await waitForDriver(port);
  env.WEBKIT_DRIVER_PORT = String(port);
}

rmSync('test-results/summary.json', {force: true});
const runner = spawn('npx', ['web-test-runner', ...args], {stdio: 'inherit', env});
process.on('SIGINT', () => runner.kill('SIGINT'));
runner.on('exit', (code, signal) => {
  driver?.kill();
  mkdirSync('test-results', {recursive: true});
  let browser = {passed: 0, failed: 1};
  try {
    browser = JSON.parse(readFileSync('test-results/summary.json', 'utf8'));
  } catch {
    // web-test-runner stopped before reporting: counted as one failure
  }
  const passed = node.passed + browser.passed;
  const failed = node.failed + browser.failed;
  writeFileSync('test-results/summary.json', JSON.stringify({passed, failed, node, browser}));
  console.log(`${passed} passed, ${failed} failed`);
  const runnerFailed = code !== 0 || signal !== null;
  process.exit(runnerFailed || failed > 0 ? 1 : 0);
});
