// src/i18n/msg-runtime.ts replaces @lit/localize's msg() through an internal of @lit/localize. These tests fail, with a
// message that says so, if a new version of @lit/localize removes that internal or changes what it does.
import {expect} from '@open-wc/testing';
import * as install from '@lit/localize/init/install.js';
import {msg as litMsg, str, type StrResult} from '@lit/localize';
import type {Templates} from '../src/i18n/msg-runtime.js';

/**
 * `msg()` from '@lit/localize', called through its live binding, typed without the brand by which `lit-localize
 * extract` finds messages: these test messages must not reach locales/*.xlf.
 */
const msg = (template: string | StrResult, options: {id: string}): string =>
  (litMsg as (template: string | StrResult, options: {id: string}) => string)(template, options);

const CHANGED =
  "@lit/localize changed its internal _installMsgImplementation (init/install.js), which src/i18n/msg-runtime.ts uses to answer msg() from each element's own templates: adapt msg-runtime.ts to the new version";

describe('msg-runtime: per-element templates through @lit/localize internals', () => {
  let renderInLocale: typeof import('../src/i18n/msg-runtime.js').renderInLocale;

  before(async () => {
    // After the check below has had its say: a removed export would fail this import with a less clear message.
    if (typeof install._installMsgImplementation === 'function') {
      ({renderInLocale} = await import('../src/i18n/msg-runtime.js'));
    }
  });

  it('@lit/localize still exports _installMsgImplementation from init/install.js', () => {
    expect(install._installMsgImplementation, CHANGED).to.be.a('function');
  });

  it("answers msg() from '@lit/localize' with the templates given to renderInLocale, and English outside it", () => {
    const templates: Templates = {'test.greeting': 'Hola'};
    expect(
      renderInLocale(templates, () => msg('Hello', {id: 'test.greeting'})),
      CHANGED,
    ).to.equal('Hola');
    expect(msg('Hello', {id: 'test.greeting'})).to.equal('Hello');
    expect(renderInLocale(undefined, () => msg('Hello', {id: 'test.greeting'}))).to.equal('Hello');
    expect(
      renderInLocale(templates, () => msg('Goodbye', {id: 'test.missing'})),
      'no translation: English',
    ).to.equal('Goodbye');
  });

  it('fills a str translation whose placeholders are in another order than the English', () => {
    // As the generated modules write them: each placeholder is the index of the English value it stands for.
    const templates: Templates = {'test.order': str`${1}, after ${0}`};
    const first = 'one';
    const second = 'two';
    expect(
      renderInLocale(templates, () => msg(str`${first} before ${second}`, {id: 'test.order'})),
      CHANGED,
    ).to.equal('two, after one');
    expect(msg(str`${first} before ${second}`, {id: 'test.order'})).to.equal('one before two');
  });

  it('restores the outer templates after a nested or failing render', () => {
    const outer: Templates = {'test.greeting': 'Hola'};
    const inner: Templates = {'test.greeting': 'Bonjour'};
    const greet = () => msg('Hello', {id: 'test.greeting'});
    expect(
      renderInLocale(outer, () => [greet(), renderInLocale(inner, greet), greet()]),
      CHANGED,
    ).to.deep.equal(['Hola', 'Bonjour', 'Hola']);
    expect(() =>
      renderInLocale(inner, () => {
        throw new Error('render failed');
      }),
    ).to.throw('render failed');
    expect(greet()).to.equal('Hello');
  });
});
