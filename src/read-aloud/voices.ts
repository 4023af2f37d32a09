/**
 * Which of the device's voices reads a language. A voice of another language would read the text as gibberish
 * (an English voice spelling out Haitian Creole), so where the device has none for the widget's language, there is
 * none: read aloud then says it is not available rather than reading badly.
 */

/**
 * Voice language tags to try for a locale, best first; otherwise the locale itself. Voices are tagged with regions
 * (`zh-CN`, `zh-TW`, `zh-HK`; Android also `cmn-…`, `yue-…`) where our Chinese locales are tagged with scripts, and
 * Tagalog voices are usually tagged Filipino (`fil-PH`).
 */
const VOICE_LANGUAGES: Record<string, string[]> = {
  'zh-Hans': ['zh-CN', 'cmn-CN', 'zh-SG', 'zh', 'cmn'],
  'zh-Hant': ['zh-TW', 'cmn-TW', 'zh-HK', 'yue-HK', 'zh-MO', 'zh', 'cmn', 'yue'],
  tl: ['fil', 'tl'],
};

/** The language tag to put on an utterance in `locale`. */
export const speechLanguage = (locale: string): string => VOICE_LANGUAGES[locale]?.[0] ?? locale;

/**
 * The best voice for `locale` (the same tag, else the same language in any region), or none. A voice on the device
 * (`localService`) comes before any online one, whatever its region: an online voice (Chrome's "Google" voices) sends
 * the text to a speech service, and so tells it what this reader is reading about (`read-aloud.ts` asks first).
 */
export function pickVoice(voices: SpeechSynthesisVoice[], locale: string): SpeechSynthesisVoice | undefined {
  return matchingVoice(voices.filter(isOnDevice), locale) ?? matchingVoice(voices, locale);
}

/** Whether a voice speaks on the device, sending nothing anywhere. */
export const isOnDevice = (voice: SpeechSynthesisVoice): boolean => voice.localService;

function matchingVoice(voices: SpeechSynthesisVoice[], locale: string): SpeechSynthesisVoice | undefined {
  const tagOf = (voice: SpeechSynthesisVoice) => voice.lang.toLowerCase().replace(/_/g, '-');
  for (const wanted of (VOICE_LANGUAGES[locale] ?? [locale]).map((tag) => tag.toLowerCase())) {
    const voice =
      voices.find((candidate) => tagOf(candidate) === wanted) ??
      voices.find((candidate) => tagOf(candidate).startsWith(`${wanted}-`));
    if (voice) return voice;
  }
  return undefined;
}

/** Long enough for a browser that loads its voices after the page; a device with none may never say so. */
const VOICES_WAIT_MS = 2000;

/**
 * The device's voices. Chromium and Firefox load them after the page and fire `voiceschanged` (`getVoices()` is empty
 * until then); a device without any may never fire it, so the wait ends after a while with whatever there is.
 */
export function deviceVoices(): Promise<SpeechSynthesisVoice[]> {
  const synthesis = window.speechSynthesis;
  const voices = synthesis.getVoices();
  if (voices.length > 0) return Promise.resolve(voices);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      synthesis.removeEventListener('voiceschanged', done);
      resolve(synthesis.getVoices());
    };
    const timer = setTimeout(done, VOICES_WAIT_MS);
    synthesis.addEventListener('voiceschanged', done);
  });
}
