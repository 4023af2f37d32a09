// Starts WebKitWebDriver on a free port, runs web-test-runner with the given arguments, stops the driver and exits
// with web-test-runner's exit code.
import {spawn} from 'node:child_process';
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

const browsers = process.env.BROWSERS ?? 'chromium,firefox,webkit';
const env = {...process.env, BROWSERS: browsers};
let driver;
if (browsers.includes('webkit')) {
  const port = await freePort();
  driver = spawn('WebKitWebDriver', [`--port=${port}`], {stdio: 'ignore'});
  await waitForDriver(port);
  env.WEBKIT_DRIVER_PORT = String(port);
}

const runner = spawn('npx', ['web-test-runner', ...process.argv.slice(2)], {stdio: 'inherit', env});
const stopDriver = () => driver?.kill();
process.on('SIGINT', () => runner.kill('SIGINT'));
runner.on('exit', (code, signal) => {
  stopDriver();
  process.exit(code ?? (signal ? 1 : 0));
});
