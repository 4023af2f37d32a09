/** What the widget and the lazily loaded read-aloud module share, without loading the module. */
export type ListenState = 'idle' | 'playing' | 'paused';

export interface SpokenPart {
  text: string;
  /** The section this text belongs to, for highlighting and the "Reading: …" announcement. */
  sectionId?: string;
  sectionHeading?: string;
}

/** A change of state, or (with `part`) the start of another section. */
export interface ReadAloudProgress {
  state: ListenState | 'finished';
  part?: SpokenPart | undefined;
  /** What to announce to screen readers, called in the widget's language. */
  announcement?: (() => string) | undefined;
}

/**
 * Whether the browser has the Web Speech API. `in` rather than reading `window.speechSynthesis`: the first read starts
 * the browser's speech engine, which cost the first render 6.6 ms on a 4x-throttled CPU, for readers who never listen.
 */
export const speechSupported = (): boolean =>
  'speechSynthesis' in window && typeof window.SpeechSynthesisUtterance === 'function';
