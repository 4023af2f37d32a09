/**
 * What only clinics that configure the widget need: their own sections, crisis contacts, review date, `remember`,
 * the language picker, and the widget's colours for their slotted content on its own surface. A separate chunk, so
 * that a plain embed does not download it (size budgets: docs/performance.md). Which embed needs which feature, and
 * whether the first render waits for it, is the table in `src/element/opt-in-loading.ts`.
 */
export {adoptClinicSections, orBuiltIn} from './clinic-sections.js';
export {clinicCrisisContacts, clinicCrisisNotice} from './clinic-crisis.js';
export {renderLanguagePicker} from './language-picker.js';
export {renderReviewLine} from './review-date.js';
export {rememberedSections, rememberOpenSections} from './remembered-sections.js';
export {optInStyles} from './opt-in-features.styles.js';
export {colorSlottedContent} from './slotted-colors.js';
