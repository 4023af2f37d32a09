/** What the widget and the lazily loaded read-aloud module share, without loading the module. */
export type ListenState = 'idle' | 'playing' | 'paused';

export interface SpokenPart {
  text: string;
  /** The heading or paragraph as rendered (the clinic's own element for slotted content), to mark and scroll to. */
  element: Element;
  /** The section this text belongs to, for opening, marking and the "Reading: …" announcement. */
  sectionId?: string;
  sectionHeading?: string;
}

/** Puts a message in the widget's status region; it is called as the widget renders, in the widget's language. */
export type Announce = (message: () => string) => void;

/**
 * Whether the browser has the Web Speech API (https://webaudio.github.io/web-speech-api/). `in` rather than reading
 * `window.speechSynthesis`: the first read starts the browser's speech engine, which slows the first render for
 * readers who never listen (docs/performance.md).
 */
export const speechSupported = (): boolean =>
  'speechSynthesis' in window && typeof window.SpeechSynthesisUtterance === 'function';
