/** The configurator (demo/configurator.html): its form fits its column, and its snippet is the README's embed. */
import {expect, waitUntil} from '@open-wc/testing';

async function openConfigurator(width: number): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 900px; border: 0`;
  frame.src = '/demo/configurator.html';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  const page = frame.contentDocument!;
  await waitUntil(() => page.getElementById('snippet')?.textContent, 'the snippet is written');
  return page;
}

describe('end to end: the configurator', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const width of [1280, 375]) {
    it(`keeps every field inside its box at ${width} px`, async () => {
      const page = await openConfigurator(width);
      for (const field of page.querySelectorAll<HTMLElement>('#controls input[type="text"], #controls select')) {
        // The fieldset's content box: its border box less its border and padding.
        const fieldset = field.closest('fieldset')!;
        const style = page.defaultView!.getComputedStyle(fieldset);
        const box = fieldset.getBoundingClientRect();
        const right = box.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
        const left = box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
        const rect = field.getBoundingClientRect();
        expect(rect.right, `${field.id} ends inside its box`).to.be.at.most(right + 0.5);
        expect(rect.left, `${field.id} starts inside its box`).to.be.at.least(left - 0.5);
      }
    });
  }

  it('writes the snippet the README recommends, with blocking="render"', async () => {
    const page = await openConfigurator(1280);
    const script = page.getElementById('snippet')!.textContent!.split('\n')[0]!;
    expect(script).to.match(/^<script type="module" src="[^"]+ketamine-explainer\.js" blocking="render"><\/script>$/);
  });
});
