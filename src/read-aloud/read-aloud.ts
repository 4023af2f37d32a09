/**
 * "Listen": reads the explainer aloud with the browser's own speech synthesis (the Web Speech API,
 * https://webaudio.github.io/web-speech-api/; nothing is sent anywhere), one paragraph per utterance so that progress
 * can be followed and long texts are not cut off, in the widget's language with a voice of that language, or not at
 * all. While it reads, the section being read is open, the paragraph being
 * read is marked and kept in view, and the reader can pause, stop and change the speed. Loaded on the first press of
 * Listen, not with the widget: the widget renders only that button until then.
 */
import {html, nothing, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {msg, str} from '@lit/localize';
import {type Announce, type ListenState, type SpokenPart} from './read-aloud-support.js';
import {spokenParts} from './spoken-parts.js';
import {deviceVoices, isOnDevice, pickVoice, speechLanguage} from './voices.js';
import {readAloudStyles} from './read-aloud.styles.js';
import {prefersReducedMotion} from '../appearance/page-appearance.js';
import {emit} from '../element/events.js';
import {Dom} from '../markup/dom-contract.js';

/** Speech synthesis is page-wide: starting one instance stops whichever other instance was speaking. */
let speakingController: ReadAloudController | undefined;

/** The speeds offered, as `SpeechSynthesisUtterance.rate` (1 is the voice's normal speed). */
const SPEEDS = [
  {rate: 0.75, label: () => msg('Slower', {id: 'listen.slower'})},
  {rate: 1, label: () => msg('Normal', {id: 'listen.normal'})},
  {rate: 1.25, label: () => msg('Faster', {id: 'listen.faster'})},
];

/** Class of the element of the widget's markup that holds what is being read. */
const READING_NOW = 'reading-now';

type ReaderState = ListenState | 'loading-voices';

export class ReadAloudController implements ReactiveController {
  private state: ReaderState = 'idle';
  private queue: SpokenPart[] = [];
  private current: SpokenPart | undefined;
  private utterance: SpeechSynthesisUtterance | undefined;
  private speechLang = '';
  private voice: SpeechSynthesisVoice | undefined;
  private rate = 1;
  /** The speed changed while paused: the paragraph restarts at the new speed on resuming. */
  private restartOnResume = false;
  /** The languages this device has no voice for, found on a press of Listen. */
  private readonly voiceless = new Set<string>();
  /** The languages this device reads only with an online voice, which the reader has not chosen (yet). */
  private readonly onlineOnly = new Set<string>();
  /** The languages whose online voice the reader chose, for as long as this page is open (never stored). */
  private readonly onlineChosen = new Set<string>();
  private sectionId: string | undefined;
  private marked: Element | undefined;
  private readingSection: (() => string) | undefined;
  /** Counts the presses that started reading, so that only the latest one goes on once the voices are known. */
  private presses = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly root: ShadowRoot,
    private readonly announce: Announce,
  ) {
    host.addController(this);
    // Another language: what was being read is no longer what the widget shows (only this widget's own event).
    host.addEventListener('ketamine-explainer-language-change', (event) => {
      if (event.target === host) this.stop();
    });
    const sheet = readAloudStyles.styleSheet;
    if (sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  hostDisconnected(): void {
    this.stop();
  }

  /**
   * Whether Listen can read `locale` here: not once the device turned out to have no voice for it, nor while its only
   * voice is an online one the reader has not chosen.
   */
  available(locale: string): boolean {
    return !this.voiceless.has(locale) && !this.onlineOnly.has(locale);
  }

  /** The main button's label while reading; Listen (the widget's own, shown before this module loads) otherwise. */
  primaryLabel(): string | undefined {
    if (this.state === 'playing') return msg('Pause', {id: 'listen.pause'});
    if (this.state === 'paused') return msg('Resume', {id: 'listen.resume'});
    return undefined;
  }

  /** What follows the main button: Stop and the speed while reading, or why reading is not available. */
  renderControls(locale: string): unknown {
    if (this.voiceless.has(locale)) {
      return html`<p class="listen-note" id=${Dom.ListenNoteId}>${unavailableMessage()}</p>`;
    }
    if (this.onlineOnly.has(locale)) {
      return html`<p class="listen-note" id=${Dom.ListenNoteId}>${onlineVoiceMessage()}</p>
        <button type="button" class="listen-button" part="listen" @click=${() => this.chooseOnlineVoice(locale)}>
          ${msg('Read aloud with the online voice', {id: 'listen.use-online-voice'})}
        </button>`;
    }
    if (this.state !== 'playing' && this.state !== 'paused') return nothing;
    return html`
      <button type="button" class="listen-button" part="listen" @click=${this.onStopPressed}>
        ${msg('Stop', {id: 'listen.stop'})}
      </button>
      <label class="listen-speed">
        ${msg('Speed', {id: 'listen.speed'})}
        <select @change=${this.onSpeedPicked}>
          ${SPEEDS.map(({rate, label}) => html`<option value=${rate} ?selected=${rate === this.rate}>${label()}</option>`)}
        </select>
      </label>
    `;
  }

  /** The main button: Listen, Pause or Resume. */
  press(locale: string): void {
    if (this.state === 'playing') this.pause();
    else if (this.state === 'paused') this.resume();
    else if (this.state === 'idle') void this.start(locale);
  }

  stop(): void {
    if (this.state === 'idle') return;
    if (this.state === 'loading-voices') {
      this.state = 'idle';
      return;
    }
    this.end();
    window.speechSynthesis.cancel();
    this.setState('idle', () => msg('Stopped.', {id: 'listen.stopped'}));
  }

  /** Reads what the widget renders in `locale`, once the device's voices are known and one of them speaks it. */
  private async start(locale: string): Promise<void> {
    this.state = 'loading-voices';
    const press = ++this.presses;
    const voice = pickVoice(await deviceVoices(), locale);
    // Stopped while waiting (the language changed, the widget was removed), perhaps pressed again since.
    if (this.state !== 'loading-voices' || press !== this.presses) return;
    if (!voice) {
      this.state = 'idle';
      this.voiceless.add(locale);
      this.announce(unavailableMessage);
      this.host.requestUpdate();
      return;
    }
    // Voices can arrive after an earlier press found none (a speech engine installed or started since).
    this.voiceless.delete(locale);
    if (!isOnDevice(voice) && !this.onlineChosen.has(locale)) {
      // Nothing is spoken, so nothing is sent, until the reader has been told and has chosen the online voice.
      this.state = 'idle';
      this.onlineOnly.add(locale);
      this.announce(onlineVoiceMessage);
      this.host.requestUpdate();
      return;
    }
    if (speakingController && speakingController !== this) speakingController.stop();
    window.speechSynthesis.cancel();
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the one instance speaking on this page
    speakingController = this;
    this.speechLang = speechLanguage(locale);
    this.voice = voice;
    this.queue = spokenParts(this.root);
    this.setState('playing');
    this.speakNext();
  }

  /** The reader chose the online voice: it reads, and the Listen button takes the focus back. */
  private async chooseOnlineVoice(locale: string): Promise<void> {
    this.onlineOnly.delete(locale);
    this.onlineChosen.add(locale);
    await this.start(locale);
    await this.host.updateComplete;
    this.root.querySelector<HTMLElement>(`.${Dom.ListenButton}.${Dom.Primary}`)?.focus();
  }

  private pause(): void {
    window.speechSynthesis.pause();
    this.setState('paused', () => msg('Paused.', {id: 'listen.paused'}));
  }

  private resume(): void {
    window.speechSynthesis.resume();
    this.setState('playing', this.readingSection ?? (() => ''));
    if (this.restartOnResume) this.restartCurrent();
  }

  private onStopPressed = async (): Promise<void> => {
    this.stop();
    // The Stop button disappears once stopped: focus goes back to the Listen button rather than to the page.
    await this.host.updateComplete;
    this.root.querySelector<HTMLElement>(`.${Dom.ListenButton}.${Dom.Primary}`)?.focus();
  };

  /** A new speed applies from the start of the paragraph being read, so that nothing is skipped. */
  private onSpeedPicked = (event: Event): void => {
    this.rate = Number((event.target as HTMLSelectElement).value);
    if (this.state === 'paused') this.restartOnResume = true;
    else this.restartCurrent();
  };

  private end(): void {
    this.queue = [];
    this.current = undefined;
    this.utterance = undefined;
    this.readingSection = undefined;
    this.restartOnResume = false;
    this.markSection(undefined);
    this.markReading(undefined);
    if (speakingController === this) speakingController = undefined;
  }

  private speakNext(): void {
    const part = this.queue.shift();
    if (part) {
      this.speak(part);
      return;
    }
    this.end();
    this.setState('finished', () => msg('Finished reading.', {id: 'listen.finished'}));
  }

  private restartCurrent(): void {
    this.restartOnResume = false;
    const part = this.current;
    if (!part) return;
    // Cancelling ends the current utterance with an error, which must not move the queue on.
    this.utterance = undefined;
    window.speechSynthesis.cancel();
    this.speak(part);
  }

  private speak(part: SpokenPart): void {
    const utterance = new SpeechSynthesisUtterance(part.text);
    utterance.lang = this.speechLang;
    if (this.voice) utterance.voice = this.voice;
    utterance.rate = this.rate;
    // A cancelled utterance also ends; only the current one may move the queue on.
    const next = () => {
      if (this.utterance === utterance) this.speakNext();
    };
    utterance.onend = next;
    utterance.onerror = next;
    this.utterance = utterance;
    if (part !== this.current) this.show(part);
    this.current = part;
    window.speechSynthesis.speak(utterance);
  }

  /**
   * Shows what is being read: its section open and announced, the part marked and scrolled into view once the
   * section has rendered open (at once under reduced motion, else smoothly), without moving focus.
   */
  private show(part: SpokenPart): void {
    if (part.sectionId !== this.sectionId) {
      this.markSection(part.sectionId);
      const heading = part.sectionHeading;
      if (heading) {
        this.readingSection = () => msg(str`Reading: ${heading}`, {id: 'listen.reading'});
        this.announce(this.readingSection);
      }
    }
    this.markReading(part.element);
    void this.host.updateComplete.then(() => {
      if (this.current !== part) return;
      part.element.scrollIntoView({behavior: prefersReducedMotion() ? 'instant' : 'smooth', block: 'nearest'});
    });
  }

  /**
   * Marks the section being read (class `reading`) and opens it. The widget opens a section on `beforematch`, the
   * event find-in-page fires before it reveals a `hidden="until-found"` panel
   * (https://html.spec.whatwg.org/multipage/interaction.html#the-hidden-attribute); read aloud reveals it the same way,
   * so the widget's state, its toggle event and `remember` all follow.
   */
  private markSection(sectionId: string | undefined): void {
    if (this.sectionId) this.root.getElementById(this.sectionId)?.classList.remove('reading');
    const section = sectionId ? this.root.getElementById(sectionId) : null;
    section?.classList.add('reading');
    section?.querySelector(`.${Dom.Panel}`)?.dispatchEvent(new Event('beforematch', {bubbles: true}));
    this.sectionId = sectionId;
  }

  /**
   * Marks the heading or paragraph being read. Slotted clinic content lives in the page, where the widget's styles
   * cannot reach, so for it the element around its slot (a section's panel) is marked instead.
   */
  private markReading(element: Element | undefined): void {
    this.marked?.classList.remove(READING_NOW);
    let own: Element | null | undefined = element;
    while (own && own.getRootNode() !== this.root) own = own.assignedSlot ?? own.parentElement;
    if (own instanceof HTMLSlotElement) own = own.parentElement;
    own?.classList.add(READING_NOW);
    this.marked = own ?? undefined;
  }

  private setState(state: ListenState | 'finished', announcement?: () => string): void {
    this.state = state === 'finished' ? 'idle' : state;
    if (announcement) this.announce(announcement);
    this.host.requestUpdate();
    emit(this.host, 'ketamine-explainer-listen', {state});
  }
}

const unavailableMessage = (): string =>
  msg('Reading aloud is not available in this language on this device.', {id: 'listen.unavailable'});

const onlineVoiceMessage = (): string =>
  msg(
    'On this device, this language can only be read aloud by an online voice, which sends the text to a speech service on the internet.',
    {id: 'listen.online-voice'},
  );

export const createReader = (host: ReactiveControllerHost & HTMLElement, root: ShadowRoot, announce: Announce) =>
  new ReadAloudController(host, root, announce);
