/**
 * The element's events as a clinic meets them: typed (this file compiles only if `HTMLElementEventMap` knows each
 * event and its detail, see `typeChecks`), and at run time each one reaches `document` from inside another
 * component's shadow root (it bubbles and is composed) with the documented detail.
 */
import {expect, fixture, oneEvent} from '@open-wc/testing';
import {html} from 'lit';
import {buttonFor, optInFeaturesShown, shadow, shows, showAllButton, type Explainer} from './helpers.js';
import {Dom} from '../src/markup/dom-contract.js';
import {emit} from '../src/element/events.js';
import type {
  ColorScheme,
  KetamineExplainer,
  KetamineExplainerEventMap,
  LanguageChangeDetail,
  ListenDetail,
  ListenState,
  LocaleCode,
  ToggleAllDetail,
  ToggleDetail,
} from '../src/index.js';

/** True only when A and B are the same type. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const same = <A, B>(equal: Equal<A, B>): Equal<A, B> => equal;
/** `typeOf(value).is<T>(true)` compiles only when `value` has exactly the type T. */
const typeOf = <U>(value: U) => ({is: <T>(equal: Equal<U, T>) => [value, equal]});

/** Never called: it compiles only if the public types are right. */
function typeChecks(element: KetamineExplainer): void {
  element.addEventListener('ketamine-explainer-toggle', (event) => {
    typeOf(event.detail).is<ToggleDetail>(true);
    typeOf(event.detail.id).is<string>(true);
  });
  element.addEventListener('ketamine-explainer-toggle-all', (event) => typeOf(event.detail).is<ToggleAllDetail>(true));
  // On the document too: the events reach it.
  document.addEventListener('ketamine-explainer-language-change', (event) => {
    typeOf(event.detail).is<LanguageChangeDetail>(true);
    typeOf(event.detail.locale).is<LocaleCode>(true);
  });
  element.addEventListener('ketamine-explainer-listen', (event) => {
    typeOf(event.detail).is<ListenDetail>(true);
    typeOf(event.detail.state).is<'idle' | 'playing' | 'paused' | 'finished'>(true);
  });
  same<ListenState, 'idle' | 'playing' | 'paused'>(true);
  same<ColorScheme, 'auto' | 'light' | 'dark'>(true);
  same<KetamineExplainer['colorScheme'], ColorScheme>(true);
  // @ts-expect-error a colour scheme is one of three values
  element.colorScheme = 'blue';
  // @ts-expect-error a toggle's detail has no locale
  element.addEventListener('ketamine-explainer-toggle', (event) => event.detail.locale);
  // @ts-expect-error emit checks the detail against the event's name
  emit(element, 'ketamine-explainer-toggle', {open: true});
  // @ts-expect-error emit knows only the element's events
  emit(element, 'ketamine-explainer-opened', {});
  // @ts-expect-error a language change names one of the widget's locales
  emit(element, 'ketamine-explainer-language-change', {locale: 'xx'});
}
void typeChecks;

/** An explainer inside another component's shadow root, as on a page built with web components. */
async function nestedExplainer(attributes: Record<string, string> = {}): Promise<Explainer> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const element = document.createElement('ketamine-explainer');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  host.attachShadow({mode: 'open'}).append(element);
  await element.updateComplete;
  await optInFeaturesShown(element);
  return element;
}

/** The next `type` event on `document`, checked to have bubbled and crossed the shadow roots. */
async function onDocument<K extends keyof KetamineExplainerEventMap>(
  type: K,
  act: () => void,
): Promise<KetamineExplainerEventMap[K]['detail']> {
  const received = oneEvent(document, type) as Promise<KetamineExplainerEventMap[K]>;
  act();
  const event = await received;
  expect(event.bubbles, `${type} bubbles`).to.be.true;
  expect(event.composed, `${type} is composed`).to.be.true;
  return event.detail;
}

describe('events', () => {
  it('ketamine-explainer-toggle: {id, open}', async () => {
    const element = await nestedExplainer();
    const button = buttonFor(element, 'ketamine-how-it-helps');
    expect(await onDocument('ketamine-explainer-toggle', () => button.click())).to.deep.equal({
      id: 'ketamine-how-it-helps',
      open: true,
    });
    expect(await onDocument('ketamine-explainer-toggle', () => button.click())).to.deep.equal({
      id: 'ketamine-how-it-helps',
      open: false,
    });
  });

  it('ketamine-explainer-toggle-all: {open}', async () => {
    const element = await nestedExplainer();
    expect(await onDocument('ketamine-explainer-toggle-all', () => showAllButton(element).click())).to.deep.equal({
      open: true,
    });
    expect(await onDocument('ketamine-explainer-toggle-all', () => showAllButton(element).click())).to.deep.equal({
      open: false,
    });
  });

  it('ketamine-explainer-language-change: {locale}', async () => {
    const element = await nestedExplainer();
    expect(
      await onDocument('ketamine-explainer-language-change', () => element.setAttribute('lang', 'zh-TW')),
    ).to.deep.equal({locale: 'zh-Hant'});
    await shows(element, 'zh-Hant');
  });

  describe('ketamine-explainer-listen', () => {
    const originals = ['speechSynthesis', 'SpeechSynthesisUtterance'].map(
      (name) => [name, Object.getOwnPropertyDescriptor(window, name)] as const,
    );
    let finish: (() => void) | undefined;

    beforeEach(() => {
      // A device with one English voice that speaks each utterance until `finish()`.
      const speech = {
        getVoices: () => [{lang: 'en-US', name: 'English', localService: true}],
        speak: (utterance: {onend: (() => void) | null}) => (finish = () => utterance.onend?.()),
        cancel: () => undefined,
        pause: () => undefined,
        resume: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      };
      Object.defineProperty(window, 'speechSynthesis', {value: speech, configurable: true});
      Object.defineProperty(window, 'SpeechSynthesisUtterance', {
        value: class {
          onend: (() => void) | null = null;
          constructor(readonly text: string) {}
        },
        configurable: true,
      });
    });

    afterEach(() => {
      for (const [name, descriptor] of originals) {
        if (descriptor) Object.defineProperty(window, name, descriptor);
        else Reflect.deleteProperty(window, name);
      }
    });

    it('{state}: playing, paused, then playing again, idle when stopped, finished at the end', async () => {
      const element = await nestedExplainer();
      const listen = () => shadow(element).querySelector<HTMLButtonElement>(`.${Dom.ListenButton}.${Dom.Primary}`)!;
      expect(await onDocument('ketamine-explainer-listen', () => listen().click())).to.deep.equal({state: 'playing'});
      await element.updateComplete;
      expect(await onDocument('ketamine-explainer-listen', () => listen().click())).to.deep.equal({state: 'paused'});
      await element.updateComplete;
      expect(await onDocument('ketamine-explainer-listen', () => listen().click())).to.deep.equal({state: 'playing'});
      await element.updateComplete;
      const stop = shadow(element).querySelector<HTMLButtonElement>(`.${Dom.ListenButton}:not(.${Dom.Primary})`)!;
      expect(await onDocument('ketamine-explainer-listen', () => stop.click())).to.deep.equal({state: 'idle'});

      await element.updateComplete;
      expect(await onDocument('ketamine-explainer-listen', () => listen().click())).to.deep.equal({state: 'playing'});
      const finished = onDocument('ketamine-explainer-listen', () => {
        for (let part = 0; part < 100 && finish; part++) {
          const current = finish;
          finish = undefined;
          current();
        }
      });
      expect(await finished).to.deep.equal({state: 'finished'});
    });
  });
});
