import {expect, oneEvent, waitUntil} from '@open-wc/testing';
import {
  base,
  buttonFor,
  isShown,
  renderExplainer,
  shadow,
  shows,
  visibleText,
  withMedia,
  type Explainer,
} from './helpers.js';
import {Dom} from '../src/markup/dom-contract.js';

/** Stands in for the browser's speech synthesis and records what it was asked to say. */
class FakeUtterance {
  lang = '';
  rate = 1;
  voice: FakeVoice | null = null;
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(public text: string) {}
}

/** A device's voice; `localService` false is an online voice (Chrome's "Google" voices), true unless said. */
interface FakeVoice {
  lang: string;
  name: string;
  localService?: boolean;
}

/** An EventTarget like the real one, which fires `voiceschanged` when the device's voices have loaded. */
class FakeSpeech extends EventTarget {
  spoken: FakeUtterance[] = [];
  calls: string[] = [];
  voices: FakeVoice[] = [
    {lang: 'en-US', name: 'English'},
    {lang: 'es-ES', name: 'Español'},
    {lang: 'zh-TW', name: '國語'},
    {lang: 'zh-CN', name: '普通话'},
  ];
  /** How many times the widget waited for `voiceschanged`. */
  voiceWaits = 0;
  #ended = new Set<FakeUtterance>();
  override addEventListener(...args: Parameters<EventTarget['addEventListener']>) {
    if (args[0] === 'voiceschanged') this.voiceWaits++;
    super.addEventListener(...args);
  }
  speak(utterance: FakeUtterance) {
    this.spoken.push(utterance);
  }
  /** Like the browser's: the utterance being spoken ends with an error ("interrupted"). */
  cancel() {
    this.calls.push('cancel');
    const current = this.spoken.at(-1);
    if (current && !this.#ended.has(current)) {
      this.#ended.add(current);
      current.onerror?.();
    }
  }
  pause() {
    this.calls.push('pause');
  }
  resume() {
    this.calls.push('resume');
  }
  getVoices() {
    return this.voices.map((voice) => ({localService: true, ...voice}));
  }
  /** Ends the utterance being spoken, as the engine would when it has said it. */
  finishCurrent() {
    const current = this.spoken.at(-1)!;
    this.#ended.add(current);
    current.onend!();
  }
  /** The device's voices arrive (browsers load them after the page, then fire `voiceschanged`). */
  loadVoices(voices: FakeVoice[]) {
    this.voices = voices;
    this.dispatchEvent(new Event('voiceschanged'));
  }
  /** Lets the engine say each part in turn until it starts saying `text`. */
  finishUntil(text: string) {
    for (let step = 0; step < 40 && this.spoken.at(-1)?.text !== text; step++) this.finishCurrent();
  }
  /** Lets the engine say every part in turn (at most 40), each one starting only when the one before has ended. */
  finishAll() {
    for (let step = 0; step < 40 && this.spoken.length === step + 1; step++) this.finishCurrent();
  }
}

let speech: FakeSpeech;
const originals = {
  speechSynthesis: Object.getOwnPropertyDescriptor(window, 'speechSynthesis'),
  SpeechSynthesisUtterance: Object.getOwnPropertyDescriptor(window, 'SpeechSynthesisUtterance'),
};

const listenButton = (element: Explainer) =>
  shadow(element).querySelector<HTMLButtonElement>(`.${Dom.ListenButton}.${Dom.Primary}`);
const stopButton = (element: Explainer) =>
  shadow(element).querySelector<HTMLButtonElement>(`.${Dom.ListenButton}:not(.${Dom.Primary})`);
/** Presses Listen and waits for the first utterance: the read-aloud code loads on that first press. */
async function startListening(element: Explainer): Promise<void> {
  const before = speech.spoken.length;
  listenButton(element)!.click();
  await waitUntil(() => speech.spoken.length > before, 'speaking starts');
  await element.updateComplete;
}

const announcement = (element: Explainer) => visibleText(shadow(element).querySelector('[role="status"]'));

describe('read aloud', () => {
  beforeEach(() => {
    speech = new FakeSpeech();
    Object.defineProperty(window, 'speechSynthesis', {value: speech, configurable: true});
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {value: FakeUtterance, configurable: true});
  });

  afterEach(() => {
    for (const [name, descriptor] of Object.entries(originals)) {
      if (descriptor) Object.defineProperty(window, name, descriptor);
      else Reflect.deleteProperty(window, name);
    }
  });

  it('is offered only where the browser can speak', async () => {
    expect(listenButton(await renderExplainer())).to.exist;
    // A browser without the Web Speech API: where an engine cannot delete its own property, no constructor either.
    Reflect.deleteProperty(window, 'speechSynthesis');
    if ('speechSynthesis' in window)
      Object.defineProperty(window, 'SpeechSynthesisUtterance', {value: undefined, configurable: true});
    expect(listenButton(await renderExplainer())).to.be.null;
  });

  it('reads the title, intro, crisis notice and every section in order, one paragraph at a time', async () => {
    const element = await renderExplainer();
    await startListening(element);
    speech.finishAll();
    const texts = speech.spoken.map((utterance) => utterance.text);
    expect(texts[0]).to.equal('Ketamine for depression');
    expect(texts[1]).to.match(/^Living with depression/);
    expect(texts[2]).to.equal('Need help right now?');
    expect(texts[6]).to.equal('What Is Ketamine?');
    expect(texts.at(-1)).to.match(/^Ketamine presents a growing alternative/);
    expect(texts).to.have.length(1 + 1 + 4 + 9 + 4);
    expect(speech.spoken.every((utterance) => utterance.lang === 'en' && utterance.voice?.name === 'English')).to.be
      .true;
  });

  it('announces and highlights the section being read, without moving focus', async () => {
    const element = await renderExplainer();
    const listen = listenButton(element)!;
    listen.focus();
    await startListening(element);
    speech.finishCurrent(); // title
    speech.finishCurrent(); // intro
    for (let part = 0; part < 4; part++) speech.finishCurrent(); // the crisis notice: heading and three paragraphs
    await element.updateComplete;
    expect(announcement(element)).to.equal('Reading: What Is Ketamine?');
    const readingHeading = shadow(element).querySelector(`#ketamine-what-is-it .${Dom.ButtonText}`)!;
    expect(getComputedStyle(readingHeading).textDecorationLine, 'the heading being read is underlined').to.equal(
      'underline',
    );
    const otherHeading = shadow(element).querySelector(`#ketamine-how-it-helps .${Dom.ButtonText}`)!;
    expect(getComputedStyle(otherHeading).textDecorationLine).to.equal('none');
    expect(shadow(element).activeElement).to.equal(listen);
    expect(visibleText(listen)).to.equal('Pause');
  });

  it('pauses, resumes and stops, telling the page each time', async () => {
    const element = await renderExplainer();
    const events: string[] = [];
    element.addEventListener('ketamine-explainer-listen', (event) => events.push(event.detail.state));
    await startListening(element);
    listenButton(element)!.click();
    await element.updateComplete;
    expect(speech.calls).to.include('pause');
    expect(visibleText(listenButton(element))).to.equal('Resume');
    listenButton(element)!.click();
    await element.updateComplete;
    expect(speech.calls.at(-1)).to.equal('resume');
    stopButton(element)!.click();
    await element.updateComplete;
    expect(speech.calls.at(-1)).to.equal('cancel');
    expect(visibleText(listenButton(element))).to.equal('Listen');
    expect(stopButton(element)).to.be.null;
    expect(shadow(element).activeElement, 'focus returns to Listen').to.equal(listenButton(element));
    expect(events).to.deep.equal(['playing', 'paused', 'playing', 'idle']);
  });

  it('starts one reading when Listen is pressed twice in quick succession', async () => {
    const element = await renderExplainer();
    const events: string[] = [];
    element.addEventListener('ketamine-explainer-listen', (event) => events.push(event.detail.state));
    listenButton(element)!.click();
    listenButton(element)!.click();
    await waitUntil(() => speech.spoken.length > 0, 'speaking starts');
    await element.updateComplete;
    expect(speech.spoken.map(({text}) => text)).to.deep.equal(['Ketamine for depression']);
    expect(events).to.deep.equal(['playing']);
  });

  it('says when it has finished', async () => {
    const element = await renderExplainer();
    const started = oneEvent(element, 'ketamine-explainer-listen');
    await startListening(element);
    await started;
    const done = new Promise<void>((resolve) =>
      element.addEventListener('ketamine-explainer-listen', (event) => {
        if (event.detail.state === 'finished') resolve();
      }),
    );
    speech.finishAll();
    await done;
    await element.updateComplete;
    expect(announcement(element)).to.equal('Finished reading.');
    expect(visibleText(listenButton(element))).to.equal('Listen');
  });

  it('reads in the widget’s language with a matching voice', async () => {
    const spanish = await renderExplainer({lang: 'es'});
    await shows(spanish, 'es');
    expect(visibleText(listenButton(spanish))).not.to.equal('Listen');
    await startListening(spanish);
    expect(speech.spoken[0]!.lang).to.equal('es');
    expect(speech.spoken[0]!.voice?.name).to.equal('Español');
    expect(speech.spoken[0]!.text).to.equal(visibleText(shadow(spanish).querySelector(`.${Dom.Title}`)));

    const traditional = await renderExplainer({lang: 'zh-HK'});
    await shows(traditional, 'zh-Hant');
    await startListening(traditional);
    expect(speech.spoken.at(-1)!.voice?.name).to.equal('國語');
    expect(base(traditional).lang).to.equal('zh-Hant');
  });

  it('stops when the element is removed from the page', async () => {
    const element = await renderExplainer();
    await startListening(element);
    const callsBefore = speech.calls.length;
    element.remove();
    expect(speech.calls.slice(callsBefore)).to.deep.equal(['cancel']);
  });

  it('passes axe while reading', async () => {
    const element = await renderExplainer();
    await startListening(element);
    speech.finishUntil('What Is Ketamine?');
    speech.finishCurrent(); // a section open, its first paragraph marked
    await element.updateComplete;
    await expect(element).to.be.accessible();
  });
  describe('shows what it reads', () => {
    const firstParagraph = (element: Explainer, sectionId: string) =>
      shadow(element).querySelector<HTMLElement>(`#${sectionId}-panel p`)!;
    /** Within the viewport, give or take the fraction of a pixel that scrolling to a fractional position leaves. */
    const inViewport = (target: Element) => {
      const {top, bottom} = target.getBoundingClientRect();
      return top >= -1 && bottom <= window.innerHeight + 1;
    };
    /** A widget far down a long page, so that reading it has to scroll. */
    async function belowTheFold(): Promise<Explainer> {
      const element = await renderExplainer();
      const spacer = document.createElement('div');
      spacer.style.height = `${2 * window.innerHeight}px`;
      element.before(spacer);
      window.scrollTo(0, 0);
      return element;
    }
    /** Says everything before the first section's first paragraph (title, intro, crisis notice, its heading). */
    async function readUpToFirstParagraph(element: Explainer): Promise<void> {
      await startListening(element);
      speech.finishUntil(visibleText(firstParagraph(element, 'ketamine-what-is-it')));
      await element.updateComplete;
    }

    it('opens the section being read and marks its current paragraph, not by colour alone', async () => {
      const element = await renderExplainer();
      await readUpToFirstParagraph(element);
      const paragraph = firstParagraph(element, 'ketamine-what-is-it');
      expect(speech.spoken.at(-1)!.text).to.equal(visibleText(paragraph));
      expect(buttonFor(element, 'ketamine-what-is-it').getAttribute('aria-expanded')).to.equal('true');
      expect(isShown(paragraph), 'the paragraph being read is visible').to.be.true;
      expect(getComputedStyle(paragraph).outlineStyle, 'outlined').to.equal('solid');
      const next = paragraph.nextElementSibling!;
      expect(getComputedStyle(next).outlineStyle).to.equal('none');

      speech.finishCurrent();
      await element.updateComplete;
      expect(getComputedStyle(paragraph).outlineStyle, 'the mark moves on').to.equal('none');
      expect(getComputedStyle(next).outlineStyle).to.equal('solid');
      // Chromium and Firefox emulate forced colours; WebKit gets the widget's forced-colours rules applied directly.
      await withMedia(element, {forcedColors: 'active'}, () => {
        expect(getComputedStyle(next).outlineStyle, 'still outlined in forced colours').to.equal('solid');
      });
    });

    it('scrolls the paragraph being read into view, at once when the reader prefers reduced motion', async () => {
      const element = await belowTheFold();
      await withMedia(element, {reducedMotion: 'reduce'}, async (emulated) => {
        await readUpToFirstParagraph(element);
        const paragraph = firstParagraph(element, 'ketamine-what-is-it');
        // WebKit cannot emulate the preference: there the scroll is smooth, and its end is awaited.
        if (emulated) expect(inViewport(paragraph), 'scrolled at once').to.be.true;
        else await waitUntil(() => inViewport(paragraph), 'scrolled into view');
      });
    });

    it('reads clinic sections too, marking the panel that holds the clinic’s paragraph', async () => {
      const element = await renderExplainer(
        {},
        '<details id="ketamine-cost"><summary>Cost</summary><p>Sessions are billed one by one.</p></details>',
      );
      await startListening(element);
      speech.finishUntil('Sessions are billed one by one.');
      await element.updateComplete;
      expect(speech.spoken.at(-2)!.text).to.equal('Cost');
      expect(buttonFor(element, 'ketamine-cost').getAttribute('aria-expanded')).to.equal('true');
      // The clinic's own paragraph is in the page, where the widget's styles cannot reach: its panel is marked.
      const panel = shadow(element).querySelector('#ketamine-cost-panel')!;
      expect(getComputedStyle(panel).outlineStyle).to.equal('solid');
    });
  });

  it('reads clinic text that is not in paragraphs, such as the clinic’s own crisis contacts', async () => {
    const element = await renderExplainer(
      {},
      `<div slot="crisis-contacts">Call our crisis line: <a href="tel:+15550100">555-0100</a></div>
      <details id="ketamine-cost"><summary>Cost</summary>Sessions are billed one by one.</details>`,
    );
    await startListening(element);
    speech.finishAll();
    const spokenTexts = speech.spoken.map(({text}) => text);
    expect(spokenTexts).to.include('Call our crisis line: 555-0100');
    expect(spokenTexts.slice(-2)).to.deep.equal(['Cost', 'Sessions are billed one by one.']);
  });

  describe('rate', () => {
    const speedPicker = (element: Explainer) =>
      shadow(element).querySelector<HTMLSelectElement>(`.${Dom.Listen} select`);
    async function pickSpeed(element: Explainer, index: number): Promise<void> {
      const picker = speedPicker(element)!;
      picker.selectedIndex = index;
      picker.dispatchEvent(new Event('change', {bubbles: true}));
      await element.updateComplete;
    }

    it('offers a slower and a faster speed, which restarts the current paragraph at that speed', async () => {
      const element = await renderExplainer();
      await startListening(element);
      speech.finishCurrent(); // the title; now the intro
      const picker = speedPicker(element)!;
      expect(visibleText(picker.closest('label'))).to.match(/^Speed/);
      expect([...picker.options].map((option) => visibleText(option))).to.deep.equal(['Slower', 'Normal', 'Faster']);
      expect(picker.selectedIndex).to.equal(1);

      await pickSpeed(element, 0);
      const [intro, restarted] = speech.spoken.slice(-2);
      expect(restarted!.text, 'the intro again, from its start').to.equal(intro!.text);
      expect(restarted!.rate).to.be.below(1);
      expect(visibleText(listenButton(element)), 'still reading').to.equal('Pause');
      speech.finishCurrent();
      expect(speech.spoken.at(-1)!.text).to.equal('Need help right now?');
      expect(speech.spoken.at(-1)!.rate, 'the next paragraph too').to.equal(restarted!.rate);

      await pickSpeed(element, 2);
      expect(speech.spoken.at(-1)!.rate).to.be.above(1);
      expect(speech.spoken.at(-1)!.text).to.equal('Need help right now?');
    });

    it('changed while paused, takes effect on resuming', async () => {
      const element = await renderExplainer();
      await startListening(element);
      listenButton(element)!.click();
      await element.updateComplete;
      const spokenBefore = speech.spoken.length;
      await pickSpeed(element, 0);
      expect(speech.spoken.length, 'nothing said while paused').to.equal(spokenBefore);
      listenButton(element)!.click();
      await element.updateComplete;
      expect(speech.spoken.at(-1)!.text).to.equal('Ketamine for depression');
      expect(speech.spoken.at(-1)!.rate).to.be.below(1);
    });

    it('is labelled in the widget’s language', async () => {
      const element = await renderExplainer({lang: 'es'});
      await shows(element, 'es');
      await startListening(element);
      const picker = speedPicker(element)!;
      expect(visibleText(picker.closest('label'))).to.match(/^Velocidad/);
      expect([...picker.options].map((option) => visibleText(option))).to.deep.equal([
        'Más lento',
        'Normal',
        'Más rápido',
      ]);
      await expect(element).to.be.accessible();
    });
  });

  it('announces pausing, resuming and stopping; once stopped it no longer says what it was reading', async () => {
    const element = await renderExplainer();
    await startListening(element);
    speech.finishUntil('What Is Ketamine?');
    await element.updateComplete;
    expect(announcement(element)).to.equal('Reading: What Is Ketamine?');
    listenButton(element)!.click();
    await element.updateComplete;
    expect(announcement(element)).to.equal('Paused.');
    listenButton(element)!.click();
    await element.updateComplete;
    expect(announcement(element)).to.equal('Reading: What Is Ketamine?');
    stopButton(element)!.click();
    await element.updateComplete;
    expect(announcement(element)).to.equal('Stopped.');
  });

  it('never reads what the clinic hid, and reads a clinic heading as it is shown', async () => {
    const element = await renderExplainer(
      {},
      `<span slot="title">Our clinic<span hidden> SECRET-1</span></span>
      <details id="ketamine-cost">
        <summary>Cost<span hidden> SECRET-2</span><span aria-hidden="true"> SECRET-3</span></summary>
        <p>Visible paragraph.<span hidden> SECRET-4</span><span aria-hidden="true"> SECRET-5</span><script>
        /* SECRET-6 */</script><style>.x {} /* SECRET-7 */</style><noscript>SECRET-8</noscript></p>
        <p hidden>SECRET-9</p>
        <div aria-hidden="true"><p>SECRET-10</p></div>
        <template><p>SECRET-11</p></template>
        <noscript><p>SECRET-12</p></noscript>
        <p>Last visible paragraph.</p>
      </details>`,
    );
    expect(visibleText(buttonFor(element, 'ketamine-cost')), 'the heading shows only visible text').to.equal('Cost');
    await startListening(element);
    speech.finishAll();
    const spokenTexts = speech.spoken.map(({text}) => text);
    expect(spokenTexts[0]).to.equal('Our clinic');
    expect(spokenTexts.slice(-3)).to.deep.equal(['Cost', 'Visible paragraph.', 'Last visible paragraph.']);
    expect(spokenTexts.filter((text) => text.includes('SECRET'))).to.deep.equal([]);
  });

  describe('voices', () => {
    const note = (element: Explainer) => shadow(element).querySelector('.listen-note');

    it('does not read Haitian Creole with another language’s voice: Listen is unavailable, saying why', async () => {
      const element = await renderExplainer({lang: 'ht'});
      await shows(element, 'ht');
      const listen = listenButton(element)!;
      listen.focus();
      listen.click();
      await waitUntil(() => note(element), 'the note appears');
      await element.updateComplete;
      expect(speech.spoken, 'nothing read').to.deep.equal([]);
      expect(listen.getAttribute('aria-disabled')).to.equal('true');
      expect(shadow(element).activeElement, 'focus stays on Listen').to.equal(listen);
      const why = visibleText(note(element));
      expect(why).not.to.equal('');
      expect(why, 'in Haitian Creole').not.to.match(/not available/);
      expect(announcement(element)).to.equal(why);
      expect(listen.getAttribute('aria-describedby')).to.equal(note(element)!.id);
      await expect(element).to.be.accessible();

      listen.click();
      await element.updateComplete;
      expect(speech.spoken, 'pressing again reads nothing either').to.deep.equal([]);

      element.setAttribute('lang', 'es');
      await shows(element, 'es');
      expect(listen.getAttribute('aria-disabled'), 'another language may have a voice').to.equal('false');
      expect(visibleText(note(element)), 'the note is gone').to.equal('');
      await startListening(element);
      expect(speech.spoken[0]!.voice?.name).to.equal('Español');
    });

    it('reads with a voice on the device before an online one, which would send the text away', async () => {
      speech.voices = [
        {lang: 'es-ES', name: 'Google español', localService: false},
        {lang: 'es-MX', name: 'Español de México'},
      ];
      const element = await renderExplainer({lang: 'es'});
      await shows(element, 'es');
      await startListening(element);
      expect(speech.spoken.map(({voice}) => voice?.name)).to.deep.equal(['Español de México']);
    });

    it('where only an online voice reads the language, says so and reads only once the reader chooses it', async () => {
      speech.voices = [
        {lang: 'en-US', name: 'English'},
        {lang: 'es-US', name: 'Google español de Estados Unidos', localService: false},
      ];
      const element = await renderExplainer({lang: 'es'});
      await shows(element, 'es');
      const listen = listenButton(element)!;
      listen.click();
      await waitUntil(() => note(element), 'the note appears');
      await element.updateComplete;
      expect(speech.spoken, 'nothing sent to the online voice yet').to.deep.equal([]);
      const why = visibleText(note(element));
      expect(why, 'in Spanish').not.to.match(/online voice/);
      expect(why).not.to.equal('');
      expect(announcement(element)).to.equal(why);
      expect(listen.getAttribute('aria-disabled')).to.equal('true');
      expect(listen.getAttribute('aria-describedby')).to.equal(note(element)!.id);
      const choose = stopButton(element)!;
      expect(visibleText(choose)).not.to.equal('');
      await expect(element).to.be.accessible();

      choose.click();
      await waitUntil(() => speech.spoken.length > 0, 'reads once chosen');
      await element.updateComplete;
      expect(speech.spoken[0]!.voice?.name).to.equal('Google español de Estados Unidos');
      expect(note(element), 'the note is gone while it reads').to.be.null;
      expect(shadow(element).activeElement, 'focus back on the main button').to.equal(listenButton(element));

      element.setAttribute('lang', 'en');
      await shows(element, 'en');
      await startListening(element);
      expect(speech.spoken.at(-1)!.voice?.name, 'English has a voice on the device').to.equal('English');
    });

    it('waits for the device’s voices to load before choosing one', async () => {
      speech.voices = [];
      const element = await renderExplainer({lang: 'es'});
      await shows(element, 'es');
      listenButton(element)!.click();
      await waitUntil(() => speech.voiceWaits > 0, 'waits for voiceschanged');
      expect(speech.spoken).to.deep.equal([]);
      speech.loadVoices([
        {lang: 'en-US', name: 'English'},
        {lang: 'es-MX', name: 'Español de México'},
      ]);
      await waitUntil(() => speech.spoken.length > 0, 'speaking starts');
      expect(speech.spoken[0]!.voice?.name).to.equal('Español de México');
    });

    it('forgets a press made before the language changed, while the voices were still loading', async () => {
      speech.voices = [];
      const element = await renderExplainer();
      listenButton(element)!.click();
      await waitUntil(() => speech.voiceWaits === 1, 'waits for voiceschanged');
      element.setAttribute('lang', 'es');
      await shows(element, 'es');
      listenButton(element)!.click();
      await waitUntil(() => speech.voiceWaits === 2, 'waits again');
      speech.loadVoices([
        {lang: 'en-US', name: 'English'},
        {lang: 'es-ES', name: 'Español'},
      ]);
      await waitUntil(() => speech.spoken.length > 0, 'speaking starts');
      await element.updateComplete;
      expect(speech.spoken.map(({voice}) => voice?.name)).to.deep.equal(['Español']);
    });

    it('shows Listen unavailable when the device turns out to have no voices at all', async () => {
      speech.voices = [];
      const element = await renderExplainer();
      listenButton(element)!.click();
      await waitUntil(() => speech.voiceWaits > 0, 'waits for voiceschanged');
      speech.loadVoices([]);
      await waitUntil(() => note(element), 'the note appears');
      expect(visibleText(note(element))).to.equal('Reading aloud is not available in this language on this device.');
      expect(speech.spoken).to.deep.equal([]);

      // Voices can still arrive later (a speech engine installed or started): pressing again then reads.
      speech.voices = [{lang: 'en-GB', name: 'English'}];
      await startListening(element);
      expect(visibleText(note(element)), 'the note is gone').to.equal('');
      expect(listenButton(element)!.getAttribute('aria-disabled')).to.equal('false');
    });

    it('keeps its note’s id to itself: a clinic section called "listen-note" still opens while the note shows', async () => {
      speech.voices = [];
      const element = await renderExplainer(
        {},
        '<details id="listen-note"><summary>Listening notes</summary><p>Clinic text.</p></details>',
      );
      await waitUntil(() => shadow(element).querySelectorAll(`.${Dom.Section}`).length === 5, 'the clinic section');
      listenButton(element)!.click();
      await waitUntil(() => speech.voiceWaits > 0, 'waits for voiceschanged');
      speech.loadVoices([]);
      await waitUntil(() => note(element), 'the note appears');
      const clinicButton = [...shadow(element).querySelectorAll<HTMLButtonElement>(`.${Dom.Button}`)].find(
        (button) => visibleText(button) === 'Listening notes',
      )!;
      clinicButton.click();
      await element.updateComplete;
      expect(clinicButton.getAttribute('aria-expanded'), 'the clinic section opened').to.equal('true');
      const ids = [...shadow(element).querySelectorAll('[id]')].map(({id}) => id);
      expect(
        ids.filter((id, index) => ids.indexOf(id) !== index),
        'no id twice',
      ).to.deep.equal([]);
    });

    it('reads Traditional Chinese with a Hong Kong voice where there is no Taiwan one', async () => {
      speech.voices = [
        {lang: 'en-US', name: 'English'},
        {lang: 'zh-CN', name: '普通话'},
        {lang: 'zh-HK', name: '粵語'},
      ];
      const element = await renderExplainer({lang: 'zh-Hant'});
      await shows(element, 'zh-Hant');
      await startListening(element);
      expect(speech.spoken[0]!.voice?.name).to.equal('粵語');
    });
  });
});
