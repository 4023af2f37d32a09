import {html, LitElement, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {
  articleIntro,
  articleSections,
  articleTitle,
  crisisNotice,
  CRISIS_NOTICE_AFTER,
  type ArticleSection,
  type SectionId,
} from './content.js';
import {uiText} from './ui-text.js';
import {DEFAULT_HEADING_LEVEL, isSectionId, parseHeadingLevel, parseOpenSections} from './options.js';
import {
  allLocales,
  directionOf,
  LANGUAGE_NAMES,
  matchLocale,
  resolveLocale,
  sourceLocale,
  type LocaleCode,
} from './locale-match.js';
import {isTargetLocale, loadTemplates, renderInLocale, templatesIfLoaded, type Templates} from './localization.js';
import {unwatchDocumentLanguage, watchDocumentLanguage} from './language-watch.js';
import {quote, warnOnce} from './warn.js';
import {styles} from './ketamine-explainer.styles.js';
import {renderHeading} from './heading.js';
import {panelHidden} from './panel-hidden.js';
import {emit} from './events.js';

const prefersReducedMotion = (): boolean => matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Payload of `ketamine-explainer-toggle`. */
export interface ToggleDetail {
  id: string;
  open: boolean;
}

/**
 * @tag ketamine-explainer
 * @summary A patient explainer of ketamine treatment for depression: an intro, then the article's four sections as
 * an accessible accordion, in the reader's language.
 *
 * @fires ketamine-explainer-toggle - A reader opened or closed a section (button, "Show all", find-in-page or a
 * link to its id). `detail: {id, open}`. Bubbles and crosses shadow roots.
 * @fires ketamine-explainer-toggle-all - A reader pressed "Show all sections" or "Hide all sections".
 * `detail: {open}`. Bubbles and crosses shadow roots.
 * @fires ketamine-explainer-language-change - The widget now shows another language. `detail: {locale}`.
 *
 * @cssprop [--ketamine-explainer-font-family=inherit] - Font of all text.
 * @cssprop [--ketamine-explainer-font-size=1em] - Base text size; every other size scales with it.
 * @cssprop [--ketamine-explainer-text-color=inherit] - Colour of the text.
 * @cssprop [--ketamine-explainer-background=transparent] - Background of the whole widget.
 * @cssprop [--ketamine-explainer-panel-background=transparent] - Background of open panels, the notice and the picker.
 * @cssprop [--ketamine-explainer-accent-color=#0b5cab] - Chevrons, the "Show all" button and the crisis links.
 * @cssprop [--ketamine-explainer-border-color=currentColor at 55%] - Lines between sections and around the notice.
 * @cssprop [--ketamine-explainer-border-width=1px] - Width of those lines.
 * @cssprop [--ketamine-explainer-radius=0.5em] - Corner radius of buttons, the notice and the widget.
 * @cssprop [--ketamine-explainer-spacing=1em] - Space between paragraphs and blocks.
 * @cssprop [--ketamine-explainer-padding=0] - Padding around the whole widget.
 * @cssprop [--ketamine-explainer-focus-ring-color=#0b5cab] - Outline of the focused control.
 * @cssprop [--ketamine-explainer-heading-font-family=inherit] - Font of the title and headings.
 * @cssprop [--ketamine-explainer-heading-font-weight=700] - Weight of the title and headings.
 * @cssprop [--ketamine-explainer-max-width=48em] - Widest the widget grows.
 *
 * @csspart base - The wrapper of everything; carries the language and direction.
 * @csspart title - The title heading.
 * @csspart intro - The intro paragraph.
 * @csspart controls - The row with "Show all sections" and the language picker.
 * @csspart show-all - The "Show all sections" / "Hide all sections" button.
 * @csspart language-picker - The language `<select>`.
 * @csspart section - One collapsible section.
 * @csspart heading - A section's heading.
 * @csspart button - The button inside a section's heading.
 * @csspart icon - The chevron inside that button.
 * @csspart panel - A section's collapsible content.
 * @csspart crisis-notice - The always-visible crisis notice.
 */
export class KetamineExplainer extends LitElement {
  static override styles = styles;

  /** Level (1-5) of the title's heading; section headings are one level below. Invalid values mean 2. */
  @property({type: Number, attribute: 'heading-level'})
  headingLevel: number = DEFAULT_HEADING_LEVEL;

  /** Sections open when the widget appears: `all`, or space-separated section ids. Setting it again reapplies it. */
  @property()
  open = '';

  /** Shows a language picker (a native select listing each language by its own name). */
  @property({type: Boolean, reflect: true, attribute: 'language-picker'})
  languagePicker = false;

  @state() private openSections = new Set<SectionId>();
  @state() private locale: LocaleCode = sourceLocale;
  @state() private templates: Templates | undefined;

  /** A language chosen in the picker outranks the page's declared language for this instance. */
  private pickedLocale: LocaleCode | undefined;
  /** The section named by the URL fragment at load, scrolled into view after the first render. */
  private linkedSection: SectionId | undefined;
  /** The locale asked for last; a load that finishes after a newer choice is not shown. */
  @state() private wantedLocale: LocaleCode = sourceLocale;
  /** Whether the widget has shown any language yet; until then a loading translation hides the English text. */
  @state() private shownFirstLocale = false;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && this.isConnected) this.updateLocale();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchDocumentLanguage(this.updateLocale);
    window.addEventListener('hashchange', this.onHashChange);
    this.updateLocale();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchDocumentLanguage(this.updateLocale);
    window.removeEventListener('hashchange', this.onHashChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('open')) this.openSections = parseOpenSections(this.open);
    // A deep link opens its section in the very first render, so the reader never sees it collapsed.
    if (!this.hasUpdated) this.linkedSection = this.openLinkedSection();
  }

  protected override firstUpdated(): void {
    if (this.linkedSection) this.revealSection(this.linkedSection, {moveFocus: false});
    this.linkedSection = undefined;
  }

  protected override render(): unknown {
    return renderInLocale(this.templates, () => this.renderArticle());
  }

  private renderArticle(): unknown {
    const level = parseHeadingLevel(this.headingLevel);
    const sections = articleSections();
    const allOpen = sections.every(({id}) => this.openSections.has(id));
    return html`
      <section
        class="base ${this.shownFirstLocale ? '' : 'first-load'}"
        part="base"
        lang=${this.locale}
        dir=${directionOf(this.locale)}
        aria-labelledby="title"
        aria-busy=${this.wantedLocale === this.locale ? 'false' : 'true'}
      >
        ${renderHeading(level, {className: 'title', part: 'title', id: 'title'}, articleTitle())}
        <p class="intro" part="intro">${articleIntro()}</p>
        <div class="controls" part="controls">
          <button
            type="button"
            class="show-all"
            part="show-all"
            aria-expanded=${allOpen ? 'true' : 'false'}
            @click=${() => this.setAllOpen(!allOpen)}
          >
            ${allOpen ? uiText.hideAll() : uiText.showAll()}
          </button>
          ${this.languagePicker ? this.renderLanguagePicker() : nothing}
        </div>
        ${sections.map(
          (section) =>
            html`${this.renderSection(section, level + 1)}
            ${section.id === CRISIS_NOTICE_AFTER ? this.renderCrisisNotice(level + 1) : nothing}`,
        )}
      </section>
    `;
  }

  private renderSection({id, heading, paragraphs}: ArticleSection, headingLevel: number): unknown {
    const open = this.openSections.has(id);
    return html`
      <div class="section" part="section" id=${id}>
        ${renderHeading(
          headingLevel,
          {className: 'heading', part: 'heading'},
          html`<button
            type="button"
            class="button"
            part="button"
            id="${id}-button"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls="${id}-panel"
            @click=${() => this.setSectionOpen(id, !open)}
          >
            <span class="button-text">${heading}</span>
            <svg class="icon" part="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d="M6 9l6 6 6-6" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />
            </svg>
          </button>`,
        )}
        <div
          class="panel"
          part="panel"
          id="${id}-panel"
          role="region"
          aria-labelledby="${id}-button"
          hidden=${panelHidden(open)}
          @beforematch=${() => this.setSectionOpen(id, true)}
        >
          ${paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
        </div>
      </div>
    `;
  }

  private renderCrisisNotice(headingLevel: number): unknown {
    const {heading, paragraphs, links} = crisisNotice();
    return html`
      <aside class="crisis" part="crisis-notice" aria-labelledby="crisis-heading">
        ${renderHeading(headingLevel, {className: 'crisis-heading', part: 'crisis-heading', id: 'crisis-heading'}, heading)}
        ${paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
        <ul class="crisis-links">
          ${links.map(({href, label}) => html`<li><a href=${href}>${label}</a></li>`)}
        </ul>
      </aside>
    `;
  }

  private renderLanguagePicker(): unknown {
    return html`
      <label class="language">
        <span>${uiText.language()}</span>
        <select part="language-picker" @change=${this.onLanguagePicked}>
          ${allLocales.map(
            (locale) => html`
              <option value=${locale} lang=${locale} ?selected=${locale === this.locale}>
                ${LANGUAGE_NAMES[locale]}
              </option>
            `,
          )}
        </select>
      </label>
    `;
  }

  private setSectionOpen(id: SectionId, open: boolean): void {
    if (this.openSections.has(id) === open) return;
    const next = new Set(this.openSections);
    if (open) next.add(id);
    else next.delete(id);
    this.openSections = next;
    emit<ToggleDetail>(this, 'ketamine-explainer-toggle', {id, open});
  }

  private setAllOpen(open: boolean): void {
    for (const {id} of articleSections()) this.setSectionOpen(id, open);
    emit(this, 'ketamine-explainer-toggle-all', {open});
  }

  private onHashChange = (): void => {
    const id = this.openLinkedSection();
    if (id) void this.updateComplete.then(() => this.revealSection(id, {moveFocus: true}));
  };

  /**
   * A link to `#ketamine-how-it-helps` opens that section. Fragments outside our `ketamine-` namespace belong to the
   * host page and are ignored silently.
   */
  private openLinkedSection(): SectionId | undefined {
    let id: string;
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      return undefined;
    }
    if (!isSectionId(id)) {
      if (id.startsWith('ketamine-')) warnOnce(`the link #${quote(id)} names no section; nothing was opened.`);
      return undefined;
    }
    this.setSectionOpen(id, true);
    return id;
  }

  private revealSection(id: SectionId, {moveFocus}: {moveFocus: boolean}): void {
    const section = this.renderRoot.querySelector<HTMLElement>(`#${id}`);
    section?.scrollIntoView({behavior: prefersReducedMotion() ? 'instant' : 'smooth', block: 'start'});
    if (moveFocus) section?.querySelector<HTMLElement>('.button')?.focus({preventScroll: true});
  }

  private onLanguagePicked = (event: Event): void => {
    this.pickedLocale = matchLocale((event.target as HTMLSelectElement).value);
    this.updateLocale();
  };

  /** Works out which language to show and switches to it once its translation has loaded. */
  private updateLocale = (): void => {
    const locale = this.pickedLocale ?? resolveLocale(this);
    if (locale === this.wantedLocale) {
      // Already shown, or already loading (that load will show it).
      if (locale === this.locale) this.shownFirstLocale = true;
      return;
    }
    this.wantedLocale = locale;
    const loaded = isTargetLocale(locale) ? templatesIfLoaded(locale) : undefined;
    if (!isTargetLocale(locale) || loaded) {
      this.showLocale(locale, loaded);
      return;
    }
    loadTemplates(locale).then(
      (templates) => {
        if (this.wantedLocale === locale) this.showLocale(locale, templates);
      },
      () => {
        warnOnce(
          `the ${locale} translation could not be loaded; showing English. It is tried again on the next change.`,
        );
        if (this.wantedLocale === locale) {
          this.wantedLocale = sourceLocale;
          this.showLocale(sourceLocale, undefined);
        }
      },
    );
  };

  private showLocale(locale: LocaleCode, templates: Templates | undefined): void {
    this.shownFirstLocale = true;
    if (locale === this.locale && templates === this.templates) return;
    const changed = locale !== this.locale;
    this.locale = locale;
    this.templates = templates;
    if (changed && this.hasUpdated) emit(this, 'ketamine-explainer-language-change', {locale});
  }
}
