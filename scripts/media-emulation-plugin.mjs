// A web-test-runner command that emulates a media type and media features together where the browser driver can
// (Chromium, through the DevTools protocol) and answers `false` elsewhere (Firefox over WebDriver BiDi and WebKit
// over WebDriver cannot), instead of failing with a server-side error like the stock `emulate-media` command.
// One `Emulation.setEmulatedMedia` call sets both: puppeteer's separate calls for type and features reset each other.
const cdpSessions = new WeakMap();

export function mediaEmulationPlugin() {
  return {
    name: 'emulate-media-where-supported',
    async executeCommand({command, payload, session}) {
      if (command !== 'emulate-media-where-supported') return undefined;
      if (session.browser.type !== 'puppeteer') return false;
      const page = session.browser.getPage(session.id);
      try {
        if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
        await cdpSessions.get(page).send('Emulation.setEmulatedMedia', {
          media: payload.media ?? '',
          features: payload.features ?? [],
        });
        return true;
      } catch {
        return false;
      }
    },
  };
}
