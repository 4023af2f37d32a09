/**
 * "Listen": reads the explainer aloud with the browser's own speech synthesis (nothing is sent anywhere), one
 * paragraph per utterance so that progress can be followed and long texts are not cut off, in the widget's language
 * with a matching voice where the device has one. Loaded on the first press of Listen, not with the widget.
 */
import {html, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {msg, str} from '@lit/localize';
import type {ListenState, ReadAloudProgress, SpokenPart} from './read-aloud-types.js';

const SKIPPED = '.controls, [role="status"], .cta, .reviewed, .crisis-links, summary, svg';
const BLOCKS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'P', 'LI']);

/** Children as rendered: a slot stands for what is slotted into it, or for its fallback content. */
const renderedChildren = (node: Node): Node[] =>
  node instanceof HTMLSlotElement ? node.assignedNodes({flatten: true}) : [...node.childNodes];

const renderedText = (node: Node): string =>
  node.nodeType === Node.TEXT_NODE ? (node.textContent ?? '') : renderedChildren(node).map(renderedText).join('');

/**
 * What "Listen" reads: the widget's text as rendered, in order (title, intro, every section, collapsed ones too,
 * and the crisis notice), one part per heading or paragraph, with slotted clinic content in place of the defaults.
 */
export function spokenParts(root: Node): SpokenPart[] {
  const parts: SpokenPart[] = [];
  let section: {sectionId: string; sectionHeading: string} | undefined;
  const visit = (node: Node): void => {
    if (node instanceof Element) {
      if (node.matches(SKIPPED)) return;
      if (node.classList.contains('section')) {
        const heading = renderedText(node.querySelector('.button-text') ?? node).trim();
        section = {sectionId: node.id, sectionHeading: heading};
      } else if (node.classList.contains('crisis')) {
        section = undefined;
      }
      if (BLOCKS.has(node.tagName)) {
        const text = renderedText(node).replace(/\s+/g, ' ').trim();
        if (text) parts.push({text, ...section});
        return;
      }
    }
    renderedChildren(node).forEach(visit);
  };
  visit(root);
  return parts;
}

/** Speech synthesis is page-wide: starting one instance stops whichever other instance was speaking. */
let speakingController: ReadAloudController | undefined;

/** Voices are tagged with regions (`zh-CN`, `zh-TW`); our Chinese locales are tagged with scripts. */
const SPEECH_LANGUAGE: Record<string, string> = {'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-TW', tl: 'fil'};

export function pickVoice(voices: SpeechSynthesisVoice[], speechLang: string): SpeechSynthesisVoice | undefined {
  const wanted = speechLang.toLowerCase();
  const [language = ''] = wanted.split('-');
  const tag = (voice: SpeechSynthesisVoice) => voice.lang.toLowerCase().replace(/_/g, '-');
  return (
    voices.find((voice) => tag(voice) === wanted) ??
    voices.find((voice) => tag(voice).split('-')[0] === language) ??
    (language === 'fil' ? voices.find((voice) => tag(voice).startsWith('tl')) : undefined)
  );
}

export class ReadAloudController implements ReactiveController {
  private state: ListenState = 'idle';
  private queue: SpokenPart[] = [];
  private utterance: SpeechSynthesisUtterance | undefined;
  private sectionId: string | undefined;
  private root: ShadowRoot | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly onProgress: (progress: ReadAloudProgress) => void,
  ) {
    host.addController(this);
  }

  /** The main button's label while reading ("Listen" itself is the widget's, shown before this module loads). */
  primaryLabel(): string {
    return this.state === 'playing' ? msg('Pause', {id: 'listen.pause'}) : msg('Resume', {id: 'listen.resume'});
  }

  renderStopButton(onStop: () => void): unknown {
    return html`<button type="button" class="listen-button" part="listen" @click=${onStop}>
      ${msg('Stop', {id: 'listen.stop'})}
    </button>`;
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Reads what `root` (the widget's shadow root) renders, highlighting the section being read. */
  start(root: ShadowRoot, locale: string): void {
    const parts = spokenParts(root);
    this.root = root;
    if (speakingController && speakingController !== this) speakingController.stop();
    window.speechSynthesis.cancel();
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the one instance speaking on this page
    speakingController = this;
    const speechLang = SPEECH_LANGUAGE[locale] ?? locale;
    const voice = pickVoice(window.speechSynthesis.getVoices(), speechLang);
    this.queue = parts;
    this.setState('playing');
    this.speakNext(speechLang, voice);
  }

  pause(): void {
    if (this.state !== 'playing') return;
    window.speechSynthesis.pause();
    this.setState('paused');
  }

  resume(): void {
    if (this.state !== 'paused') return;
    window.speechSynthesis.resume();
    this.setState('playing');
  }

  stop(): void {
    if (this.state === 'idle') return;
    this.end();
    window.speechSynthesis.cancel();
    this.setState('idle');
  }

  private end(): void {
    this.queue = [];
    this.utterance = undefined;
    this.highlight(undefined);
    if (speakingController === this) speakingController = undefined;
  }

  private speakNext(speechLang: string, voice: SpeechSynthesisVoice | undefined): void {
    const part = this.queue.shift();
    if (!part) {
      this.end();
      this.setState('finished');
      return;
    }
    const utterance = new SpeechSynthesisUtterance(part.text);
    utterance.lang = speechLang;
    if (voice) utterance.voice = voice;
    // A cancelled utterance also ends; only the current one may move the queue on.
    const next = () => {
      if (this.utterance === utterance) this.speakNext(speechLang, voice);
    };
    utterance.onend = next;
    utterance.onerror = next;
    this.utterance = utterance;
    if (part.sectionId !== this.sectionId) {
      this.highlight(part.sectionId);
      const heading = part.sectionHeading;
      this.onProgress({
        state: this.state,
        part,
        announcement: heading ? () => msg(str`Reading: ${heading}`, {id: 'listen.reading'}) : undefined,
      });
    }
    window.speechSynthesis.speak(utterance);
  }

  /** Marks the section being read (class `reading`, styled by the widget), and only that one. */
  private highlight(sectionId: string | undefined): void {
    if (this.sectionId) this.root?.getElementById(this.sectionId)?.classList.remove('reading');
    if (sectionId) this.root?.getElementById(sectionId)?.classList.add('reading');
    this.sectionId = sectionId;
  }

  private setState(state: ListenState | 'finished'): void {
    this.state = state === 'finished' ? 'idle' : state;
    this.onProgress({
      state,
      announcement: state === 'finished' ? () => msg('Finished reading.', {id: 'listen.finished'}) : undefined,
    });
  }
}

export const createReader = (host: ReactiveControllerHost, onProgress: (progress: ReadAloudProgress) => void) =>
  new ReadAloudController(host, onProgress);
