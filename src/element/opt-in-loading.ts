import type {ReactiveController} from 'lit';
import {lazyModule} from '../utils/lazy-module.js';
import type {KetamineExplainer} from './ketamine-explainer.js';
import {Dom} from '../markup/dom-contract.js';

type OptInFeatures = typeof import('../opt-in/opt-in-features.js');

// The visible-text helper is a chunk of its own (read aloud shares it): fetched alongside, not after, the features.
const loadOptInFeatures = lazyModule('opt-in features', () =>
  Promise.all([import('../opt-in/opt-in-features.js'), import('../markup/shown-text.js')]).then(
    ([features]) => features,
  ),
);

/**
 * One feature of the opt-in chunk (`src/opt-in/`): when an embed needs it, and whether the first render shows it.
 * The feature is named in a comment above its row, not in a field: a name would be shipped to every reader.
 */
interface OptInFeature {
  needed: (host: KetamineExplainer) => boolean;
  /**
   * The first render waits for the chunk (see `addOptInController`) when it would show something else without it.
   * Otherwise what the feature adds simply appears when the chunk arrives.
   */
  changesFirstRender: boolean;
}

/** Every feature of the opt-in chunk. A new one is a row here and an export of `opt-in-features.ts`. */
export const OPT_IN_FEATURES: OptInFeature[] = [
  // The language picker.
  {needed: (host) => host.languagePicker, changesFirstRender: false},
  // The review line.
  {
    needed: (host) => host.lastReviewed !== null || !!host.querySelector(':scope > [slot="reviewed"]'),
    changesFirstRender: false,
  },
  // `remember`: the sections the reader opened instead of the ones `open` names.
  {needed: (host) => host.remember, changesFirstRender: true},
  // The clinic's crisis contacts instead of the US ones.
  {needed: (host) => !!(host.crisisCall || host.crisisText || host.emergencyCall), changesFirstRender: true},
  // The clinic's sections.
  {needed: (host) => !!host.querySelector(':scope > details'), changesFirstRender: true},
  // The widget's colours for the clinic's content on the widget's own surface (`slotted-colors.ts`).
  {needed: (host) => host.hasAttribute(Dom.OwnSurface) && host.childElementCount > 0, changesFirstRender: true},
];

/** The host's side of the opt-in chunk. */
export interface OptInController extends ReactiveController {
  /** The chunk, once loaded; undefined on a plain embed. */
  readonly features: OptInFeatures | undefined;
  /**
   * From the host's `scheduleUpdate`: starts loading what the update needs; what it returns, the update awaits.
   * `uncapped`: a prerendered embed, whose content stays visible meanwhile, waits as long as the load takes.
   */
  wait(uncapped?: unknown): Promise<unknown> | undefined;
}

/**
 * Loads the opt-in chunk when a row of `OPT_IN_FEATURES` is needed, so that a plain embed never downloads it. Only
 * the first render waits for it, only where it changes what that render shows, and at most 1.5 s, so that a slow
 * network never leaves the widget blank; a retry after a failed load never holds up a reader's click. A controller's
 * first hook in an update (`hostUpdate`) comes after the update was scheduled, too late to delay it, so the host
 * calls `wait` from `scheduleUpdate`.
 *
 * `adopt` makes the host take in its children (clinic sections, slotted content): at connect, whenever they change
 * (they can be added or removed at any time, and may need the chunk), and once the chunk has loaded.
 *
 * A controller object made in a closure rather than a class, like the other controllers of the element: its locals
 * minify to one letter each, where a class's fields would stay `this.#x` in every reader's download.
 */
export function addOptInController(host: KetamineExplainer, adopt: () => void): OptInController {
  let features: OptInFeatures | undefined;
  let loading: Promise<void> | undefined;
  const children = new MutationObserver(adopt);
  const controller: OptInController = {
    get features() {
      return features;
    },
    hostConnected() {
      adopt();
      children.observe(host, {childList: true});
    },
    hostDisconnected: () => children.disconnect(),
    wait(uncapped) {
      if (features || loading) return;
      const needed = OPT_IN_FEATURES.filter((row) => row.needed(host));
      if (!needed.length) return;
      loading = loadOptInFeatures().then((loaded) => {
        loading = undefined;
        if (!(features = loaded)) return;
        const root = host.renderRoot as ShadowRoot;
        const sheet = loaded.optInStyles.styleSheet;
        if (sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        loaded.colorSlottedContent(host.getRootNode());
        adopt();
      });
      if (!host.hasUpdated && needed.some((row) => row.changesFirstRender)) {
        return uncapped ? loading : Promise.race([loading, new Promise((resolve) => setTimeout(resolve, 1500))]);
      }
      return undefined;
    },
  };
  host.addController(controller);
  return controller;
}
