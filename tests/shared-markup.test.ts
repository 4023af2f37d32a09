import {expect} from '@open-wc/testing';
import {cloneSharedMarkup} from '../src/markup/shared-markup.js';

/** Builds one paragraph per key, counting how often each key's markup is built. */
function counter() {
  const builds = new Map<string, number>();
  const clone = (key: string) =>
    cloneSharedMarkup(key, () => {
      builds.set(key, (builds.get(key) ?? 0) + 1);
      const paragraph = document.createElement('p');
      paragraph.textContent = key;
      return [[paragraph]];
    });
  return {builds, clone};
}

describe('shared markup', () => {
  it('builds the markup for a key once, and gives each caller its own copy', () => {
    const {builds, clone} = counter();
    const [first] = clone('same settings');
    const [second] = clone('same settings');
    expect(builds.get('same settings')).to.equal(1);
    expect(first).not.to.equal(second);
    expect(first!.textContent).to.equal(second!.textContent);
  });

  it('keeps only the markup of the settings used most recently, however many a page goes through', () => {
    const {builds, clone} = counter();
    clone('in use');
    for (let index = 0; index < 300; index++) {
      clone(`passing value ${index}`);
      // An instance that keeps its settings is served from the cache throughout.
      if (index % 4 === 0) clone('in use');
    }
    expect(builds.get('in use'), 'the key in use stays').to.equal(1);
    clone('passing value 0');
    expect(builds.get('passing value 0'), 'an old key was let go, so it is built again').to.equal(2);
  });
});
