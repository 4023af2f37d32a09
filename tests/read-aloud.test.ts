import {expect, oneEvent, waitUntil} from '@open-wc/testing';
import {base, renderExplainer, shadow, shows, visibleText, type Explainer} from './helpers.js';

/** Stands in for the browser's speech synthesis and records what it was asked to say. */
class FakeUtterance {
  lang = '';
  voice: {lang: string; name: string} | null = null;
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(public text: string) {}
}

class FakeSpeech {
  spoken: FakeUtterance[] = [];
  calls: string[] = [];
  voices = [
    {lang: 'en-US', name: 'English'},
    {lang: 'es-ES', name: 'Español'},
    {lang: 'zh-TW', name: '國語'},
    {lang: 'zh-CN', name: '普通话'},
  ];
  speak(utterance: FakeUtterance) {
    this.spoken.push(utterance);
  }
  cancel() {
    this.calls.push('cancel');
  }
  pause() {
    this.calls.push('pause');
  }
  resume() {
    this.calls.push('resume');
  }
  getVoices() {
    return this.voices;
  }
  /** Ends the utterance being spoken, as the engine would when it has said it. */
  finishCurrent() {
    this.spoken.at(-1)!.onend!();
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

const listenButton = (element: Explainer) => shadow(element).querySelector<HTMLButtonElement>('.listen-button.primary');
const stopButton = (element: Explainer) =>
  shadow(element).querySelector<HTMLButtonElement>('.listen-button:not(.primary)');
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
    const readingHeading = shadow(element).querySelector('#ketamine-what-is-it .button-text')!;
    expect(getComputedStyle(readingHeading).textDecorationLine, 'the heading being read is underlined').to.equal(
      'underline',
    );
    const otherHeading = shadow(element).querySelector('#ketamine-how-it-helps .button-text')!;
    expect(getComputedStyle(otherHeading).textDecorationLine).to.equal('none');
    expect(shadow(element).activeElement).to.equal(listen);
    expect(visibleText(listen)).to.equal('Pause');
  });

  it('pauses, resumes and stops, telling the page each time', async () => {
    const element = await renderExplainer();
    const events: string[] = [];
    element.addEventListener('ketamine-explainer-listen', (event) => events.push((event as CustomEvent).detail.state));
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

  it('says when it has finished', async () => {
    const element = await renderExplainer();
    const started = oneEvent(element, 'ketamine-explainer-listen');
    await startListening(element);
    await started;
    const done = new Promise<void>((resolve) =>
      element.addEventListener('ketamine-explainer-listen', (event) => {
        if ((event as CustomEvent).detail.state === 'finished') resolve();
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
    expect(speech.spoken[0]!.text).to.equal(visibleText(shadow(spanish).querySelector('.title')));

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
    speech.finishCurrent();
    speech.finishCurrent();
    await element.updateComplete;
    await expect(element).to.be.accessible();
  });
});
