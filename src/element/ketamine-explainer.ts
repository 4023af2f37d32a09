import {html, LitElement, nothing, type PropertyValues} from 'lit';
import {crisisNotice, SECTION_IDS} from '../content/article.js';
import {uiText} from '../content/ui-text.js';
import {directionOf} from '../i18n/locales.js';
import {renderInLocale} from '../i18n/msg-runtime.js';
import {translationNotes} from '../i18n/translations.js';
import {opening, sections} from '../markup/article-markup.js';
import {showSectionOpen} from '../markup/section-open.js';
import {cloneSharedMarkup} from '../markup/shared-markup.js';
import type {ClinicCrisisContacts} from '../opt-in/clinic-crisis.js';
import type {ClinicSection} from '../opt-in/clinic-sections.js';
import {speechSupported} from '../read-aloud/read-aloud-support.js';
import {Dom} from '../markup/dom-contract.js';
import type {ReadAloudController} from '../read-aloud/read-aloud.js';
import {lazyModule} from '../utils/lazy-module.js';
import {appearance, unwatchPageAppearance, watchPageAppearance} from '../appearance/page-appearance.js';
import {DEFAULT_HEADING_LEVEL, parseHeadingLevel, parseOpenSections} from './attributes.js';
import {addDeepLinks} from './deep-links.js';
import {emit} from './events.js';
import {addLocaleController} from './locale-switching.js';
import {addOptInController, type OptInController} from './opt-in-loading.js';
import {styles} from './ketamine-explainer.styles.js';

/**
 * The page's own attributes on the element that can change the background behind it or its panels' background:
 * watched, but not options of the element (kept out of its documented attributes).
 */
const APPEARANCE_ATTRIBUTES = ['style', 'class'];

const loadReadAloud = lazyModule('read-aloud', () => import('../read-aloud/read-aloud.js'));

export type {ToggleDetail} from './events.js';

/**
 * @tag ketamine-explainer
 * @summary A patient explainer of ketamine treatment for depression: an intro, then the article's four sections as
 * an accessible accordion, in the reader's language, styled to fit the clinic's site.
 *
 * @slot title - Replaces the title text ("Ketamine for depression").
 * @slot crisis-contacts - Replaces the crisis notice's contact lines and links (for clinics outside the US).
 * @slot cta - After the article: the clinic's call to action, such as a booking link or phone number.
 * @slot reviewed - A "reviewed by" line at the end, next to the `last-reviewed` date.
 * @slot - Clinic sections: `<details id="..."><summary>Heading</summary>...</details>` children become sections.
 *
 * @fires {CustomEvent<ToggleDetail>} ketamine-explainer-toggle - A reader opened or closed a section (its button, "Show all", find-in-page or a
 * link to its id). `detail: {id, open}`.
 * @fires {CustomEvent<ToggleAllDetail>} ketamine-explainer-toggle-all - A reader pressed "Show all sections" or "Hide all sections". `detail: {open}`.
 * @fires {CustomEvent<LanguageChangeDetail>} ketamine-explainer-language-change - The widget now shows another language. `detail: {locale}`.
 * @fires {CustomEvent<ListenDetail>} ketamine-explainer-listen - Reading aloud started, paused, resumed, stopped or finished.
 * `detail: {state: 'playing' | 'paused' | 'idle' | 'finished'}`.
 *
 * @cssprop [--ketamine-explainer-font-family=inherit] - Font of all text.
 * @cssprop [--ketamine-explainer-font-size=1em] - Base text size; every other size scales with it.
 * @cssprop [--ketamine-explainer-text-color=inherit (dark: #e8eaed)] - Colour of the text.
 * @cssprop [--ketamine-explainer-muted-color=text colour at 80% (dark: #bdc1c6)] - Secondary text: the review line.
 * @cssprop [--ketamine-explainer-background=transparent (dark: #16191d)] - Background of the whole widget.
 * @cssprop [--ketamine-explainer-panel-background=transparent] - Background of open panels (then padded) and the crisis notice.
 * @cssprop [--ketamine-explainer-accent-color=#0b5cab (dark: #8ab4f8)] - Chevrons, buttons, crisis links.
 * @cssprop [--ketamine-explainer-accent-text-color=#ffffff (dark: #0d1b2a)] - Text on the accent colour (Listen).
 * @cssprop [--ketamine-explainer-border-color=text colour at 55%] - Lines between sections and around the notice.
 * @cssprop [--ketamine-explainer-border-width=1px] - Width of those lines.
 * @cssprop [--ketamine-explainer-radius=0.5em] - Corner radius of buttons, the notice and the widget.
 * @cssprop [--ketamine-explainer-spacing=1em] - Space between paragraphs and blocks; other gaps scale with it.
 * @cssprop [--ketamine-explainer-padding=0 (own background: 1em)] - Padding around the whole widget.
 * @cssprop [--ketamine-explainer-focus-ring-color=the accent colour] - Outline of the focused control.
 * @cssprop [--ketamine-explainer-heading-font-family=inherit] - Font of the title and headings.
 * @cssprop [--ketamine-explainer-heading-font-weight=700] - Weight of the title and headings.
 * @cssprop [--ketamine-explainer-max-width=48em] - Widest the widget grows.
 *
 * @csspart base - The wrapper of everything; carries the language and direction.
 * @csspart title - The title heading.
 * @csspart intro - The intro paragraph.
 * @csspart controls - The row with "Show all sections", Listen and the language picker.
 * @csspart show-all - The "Show all sections" / "Hide all sections" button.
 * @csspart listen - The read-aloud buttons.
 * @csspart language-picker - The language `<select>`.
 * @csspart section - One collapsible section.
 * @csspart heading - A section's heading.
 * @csspart button - The button inside a section's heading.
 * @csspart icon - The chevron inside that button.
 * @csspart panel - A section's collapsible content.
 * @csspart crisis-notice - The always-visible crisis notice.
 * @csspart crisis-heading - The crisis notice's heading.
 * @csspart cta - The wrapper of the `cta` slot.
 * @csspart reviewed - The review line at the end.
 * @csspart translation-note - The line on a translated page saying it was translated by machine.
 */
export class KetamineExplainer extends LitElement {
  static override styles = styles;

  static override properties = {
    headingLevel: {type: Number, attribute: 'heading-level'},
    open: {},
    languagePicker: {type: Boolean, reflect: true, attribute: 'language-picker'},
    colorScheme: {attribute: 'color-scheme', reflect: true},
    remember: {type: Boolean, reflect: true},
    crisisCall: {attribute: 'crisis-call'},
    crisisText: {attribute: 'crisis-text'},
    emergencyCall: {attribute: 'emergency-call'},
    lastReviewed: {attribute: 'last-reviewed'},
    reviewedTranslations: {attribute: 'reviewed-translations'},
    openSections: {state: true},
    clinicSections: {state: true},
    announcement: {state: true},
    surface: {state: true},
  };

  /** Level (1-5) of the title's heading; section headings are one level below. Invalid values mean 2. */
  headingLevel: number = DEFAULT_HEADING_LEVEL;

  /** Sections open when the widget appears: `all`, or space-separated section ids. Setting it again reapplies it. */
  open = '';

  /** Shows a language picker (a native select listing each language by its own name). */
  languagePicker = false;

  /**
   * `auto` fits the page behind the widget (its background, else its declared colour scheme, else the reader's
   * setting); `light` or `dark` forces one (any other value means `auto`).
   */
  colorScheme: 'auto' | 'light' | 'dark' = 'auto';

  /** Remembers, for this browser session only (sessionStorage), which sections the reader opened. */
  remember = false;

  /** A crisis line to call: a phone number or a `tel:` URL. Replaces the US contacts (988, 911). */
  crisisCall: string | null = null;

  /** A crisis line to text: a number or an `sms:` URL (with `?body=` for a keyword). Replaces the US contacts. */
  crisisText: string | null = null;

  /** The local emergency number (for example 999 or 112). Replaces the US contacts. */
  emergencyCall: string | null = null;

  /** Date of the last medical review, `YYYY-MM-DD`; shown in the reader's language. */
  lastReviewed: string | null = null;

  /**
   * Languages whose translation a medical translator has reviewed for the clinic, as space-separated codes (`es fr`):
   * they show no "translated by machine" line. Every other translation shows that line.
   */
  reviewedTranslations: string | null = null;

  private openSections = new Set<string>();
  private clinicSections: ClinicSection[] = [];
  /** What the status region says, made as the widget renders so that it is in the widget's language. */
  private announcement: (() => string) | undefined;
  /** The wrapper's colour classes (see `page-appearance.ts`). */
  private surface = '';

  #reader: ReadAloudController | undefined;
  readonly #locale = addLocaleController(this);
  readonly #optIn = addOptInController(this, () => this.#adoptLightDomContent());
  /** This instance's copy of the shared article markup (see `shared-markup.ts`), and what it was made from. */
  #articleKey = '';
  #opening: Node | undefined;
  #sectionsMarkup: Node | undefined;
  /**
   * The sections the markup shows open now (a fresh copy: none), so that an update touches only the sections that
   * change. `openSections` is replaced, never changed in place, so keeping it is safe.
   */
  #shownOpenSections = new Set<string>();

  constructor() {
    super();
    addDeepLinks(
      this,
      () => this.#sectionIds,
      (id) => this.#setOpen([id], true),
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchPageAppearance(this.#checkAppearance);
    this.#checkAppearance();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchPageAppearance(this.#checkAppearance);
  }

  /**
   * Light or dark to fit the page behind (or as forced). When the widget paints its own surface, it says so with the
   * `own-surface` attribute, which gives the clinic's slotted text and links the widget's colours (`slotted-colors.ts`).
   */
  #checkAppearance = (): void => {
    this.surface = appearance(this, this.colorScheme);
    this.toggleAttribute(Dom.OwnSurface, this.surface.includes(Dom.OwnSurface));
  };

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', ...APPEARANCE_ATTRIBUTES];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (!this.isConnected) return;
    if (name === 'lang') this.#locale.update();
    else if (APPEARANCE_ATTRIBUTES.includes(name)) this.#checkAppearance();
  }

  get #shadowRoot(): ShadowRoot {
    return this.renderRoot as ShadowRoot;
  }

  get #sectionIds(): string[] {
    return [...SECTION_IDS, ...this.clinicSections.map(({id}) => id)];
  }

  /**
   * Waits for the opt-in chunk before an update that needs it (see `opt-in-loading.ts`). A prerendered embed (a
   * declarative shadow root with content, `scripts/prerender.mjs`) stays as it is, visible, until its first render
   * has all it needs (its language too), however long that takes; then the sections the reader opened in it are the
   * ones to show open (a deep link's is added on top).
   */
  protected override async scheduleUpdate(): Promise<void> {
    const prerendered = !this.hasUpdated && this.#shadowRoot.firstChild;
    await this.#optIn.wait(prerendered);
    if (prerendered) {
      // The prerendered article paints first: the upgrade waits for the next frame to be drawn (a task queued from a
      // frame callback runs after that frame's paint), so fifty embeds do not hold the page's first paint.
      await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));
      while (!this.#locale.shownFirst) await this.#locale.loading;
      this.open = [...this.#shadowRoot.querySelectorAll('[open]')].map(({id}) => id).join(' ');
    }
    super.scheduleUpdate();
  }

  /** A deep link's section is opened right after this (`deep-links.ts`), on top of these. */
  protected override willUpdate(changed: PropertyValues): void {
    // On the first update too (the initial value counts as a change), when clinic sections are already adopted.
    if (changed.has('open')) this.openSections = parseOpenSections(this.open, this.#sectionIds);
    const remembered = this.#optIn.features?.rememberedSections(this, changed, this.#sectionIds);
    if (remembered) this.openSections = remembered;
    if (changed.has('colorScheme') && this.hasUpdated) this.#checkAppearance();
  }

  protected override render(): unknown {
    return renderInLocale(this.#locale.templates, () => this.#renderArticle());
  }

  /**
   * Lit commits a render in `update`; which sections are open is shown right after, before the next paint. A new copy
   * of the article (another language) replaces the focused section button with its twin, which takes the focus.
   */
  protected override update(changed: PropertyValues): void {
    const root = this.#shadowRoot;
    const focusedId = root.activeElement?.id;
    // A prerendered embed's content goes in the same task as the first render, so nothing paints or is read twice;
    // the focus moves to the button whose id its summary carried. (Lit would render before its first node.)
    if (!this.hasUpdated) {
      root.replaceChildren();
      this.renderOptions.renderBefore = null;
    }
    super.update(changed);
    this.#showSectionStates();
    if (focusedId && !root.activeElement) root.getElementById(focusedId)?.focus();
  }

  #renderArticle(): unknown {
    const level = parseHeadingLevel(this.headingLevel);
    const {locale, templates, wanted, shownFirst} = this.#locale;
    const features = this.#optIn.features;
    // "Show all" says in its label what it will do, so it carries no aria-expanded, which would say it again.
    const allOpen = this.#sectionIds.every((id) => this.openSections.has(id));
    this.#useArticleMarkup(level, features);
    return html`
      <section
        class="base ${shownFirst ? '' : 'first-load'} ${this.surface}"
        part="base"
        lang=${locale}
        dir=${directionOf(locale)}
        aria-labelledby="title"
        aria-busy=${wanted === locale ? 'false' : 'true'}
        @click=${this.#onSectionEvent}
        @beforematch=${this.#onSectionEvent}
      >
        ${this.#opening}
        <div class="controls" part="controls">
          <button type="button" class="show-all" part="show-all" @click=${() => this.#setAllOpen(!allOpen)}>
            ${allOpen ? uiText.hideAll() : uiText.showAll()}
          </button>
          ${speechSupported() ? this.#renderListenControls() : nothing}
          ${this.languagePicker ? features?.renderLanguagePicker(locale, this.#locale.update) : nothing}
        </div>
        ${this.#sectionsMarkup}
        <div class="cta" part="cta"><slot name="cta"></slot></div>
        ${templates && translationNotes()?.renderMachineTranslationNote(locale, this.reviewedTranslations)}
        ${features?.renderReviewLine(this, this.lastReviewed, locale)}
        <div class="visually-hidden" role="status">${this.announcement?.()}</div>
      </section>
    `;
  }

  /**
   * Takes a new copy of the shared article markup when the language, heading level, crisis contacts or the clinic's
   * sections change. Such a change is rare, and the copy is the same for every instance that shares them. Nothing a
   * page sets may leave the widget blank: if the clinic's part cannot be built, the built-in article is shown.
   */
  #useArticleMarkup(level: number, features: OptInController['features']): void {
    // Everything the markup is made from; the crisis contacts count only once the opt-in chunk can read them.
    const contacts = [this.crisisCall, this.crisisText, this.emergencyCall] as const;
    const key = JSON.stringify([this.#locale.locale, level, features && contacts, this.clinicSections]);
    if (key === this.#articleKey) return;
    // Only the clinic's part can fail, and only with the opt-in chunk, which then falls back to the built-in article.
    const builtIn = () => this.#cloneArticle(level);
    const markup = features
      ? features.orBuiltIn(
          () => this.#cloneArticle(level, features.clinicCrisisContacts(...contacts), this.clinicSections),
          builtIn,
        )
      : builtIn();
    this.#articleKey = key;
    [this.#opening, this.#sectionsMarkup] = markup;
    this.#shownOpenSections = new Set();
  }

  /** The shared markup is keyed on parsed contacts: raw values that show and dial the same share one copy. */
  #cloneArticle(level: number, contacts?: ClinicCrisisContacts, clinicSections: ClinicSection[] = []) {
    const {locale, templates} = this.#locale;
    return cloneSharedMarkup(JSON.stringify([locale, level, contacts, clinicSections]), () => [
      opening(
        level,
        (contacts && this.#optIn.features?.clinicCrisisNotice(contacts)) ??
          (templates && translationNotes()?.usCrisisNoticeIn(locale)) ??
          crisisNotice(),
      ),
      sections(level + 1, clinicSections),
    ]);
  }

  #showSectionStates(): void {
    const ids = this.#sectionIds;
    for (const id of ids) {
      const open = this.openSections.has(id);
      if (open !== this.#shownOpenSections.has(id)) {
        showSectionOpen(this.#shadowRoot.getElementById(id), open, ids.length);
      }
    }
    this.#shownOpenSections = this.openSections;
  }

  /**
   * One listener for every section's button (none on each, which keeps many instances light), and for find-in-page
   * about to reveal a collapsed panel (`beforematch`), which opens its section.
   */
  #onSectionEvent = (event: Event): void => {
    const target = event.target as Element;
    const id = target.closest(`.${Dom.Section}`)?.id;
    // Slotted clinic content is in the page's tree, where a `.section` or `.button` is not ours.
    if (!id || target.getRootNode() !== this.renderRoot) return;
    if (event.type === 'beforematch') this.#setOpen([id], true);
    else if (target.closest(`.${Dom.Button}`)) this.#setOpen([id], !this.openSections.has(id));
  };

  /**
   * Listen, then (once read aloud has loaded) what it adds: Stop, the speed, or why it is unavailable. The main button
   * stays the same element as its label changes (Listen, Pause, Resume), so focus stays on it.
   */
  #renderListenControls(): unknown {
    const reader = this.#reader;
    const unavailable = reader && !reader.available(this.#locale.locale);
    return html`
      <div class="listen" role="group" aria-label=${uiText.listenGroup()}>
        <button
          type="button"
          class="listen-button primary"
          part="listen"
          aria-disabled=${unavailable ? 'true' : 'false'}
          aria-describedby=${unavailable ? Dom.ListenNoteId : nothing}
          @click=${this.#onListenPressed}
        >
          ${reader?.primaryLabel() ?? uiText.listen()}
        </button>
        ${reader?.renderControls(this.#locale.locale)}
      </div>
    `;
  }

  #onListenPressed = async (): Promise<void> => {
    // Awaited before `??=` reads #reader: a second press while the chunk loads must not make a second reader.
    const readAloud = this.#reader ? undefined : await loadReadAloud();
    this.#reader ??= readAloud?.createReader(this, this.#shadowRoot, (message) => {
      this.announcement = message;
    });
    this.#reader?.press(this.#locale.locale);
  };

  /**
   * Opens or closes `ids` in one step, however many they are ("Show all" with a long list of clinic sections): one new
   * state, one write to storage, then one event for each section that changed.
   */
  #setOpen(ids: string[], open: boolean): void {
    const changed = ids.filter((id) => this.openSections.has(id) !== open);
    if (!changed.length) return;
    const next = new Set(this.openSections);
    for (const id of changed) next[open ? 'add' : 'delete'](id);
    this.openSections = next;
    this.#optIn.features?.rememberOpenSections(this, next);
    for (const id of changed) emit(this, 'ketamine-explainer-toggle', {id, open});
  }

  #setAllOpen(open: boolean): void {
    this.#setOpen(this.#sectionIds, open);
    emit(this, 'ketamine-explainer-toggle-all', {open});
  }

  /** Clinic sections (`<details>` children) and slotted content can be added or removed at any time. */
  #adoptLightDomContent(): void {
    // A new array on every change of the children: it re-renders the widget, slots included.
    this.clinicSections = this.#optIn.features?.adoptClinicSections(this, SECTION_IDS) ?? [];
  }
}
