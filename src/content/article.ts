/**
 * The article the explainer shows, as data: the element renders whatever this module holds.
 *
 * Every string goes through `msg()` with a stable id so that `lit-localize extract` writes it to the XLIFF files in
 * `locales/`. The English text is the source article, verbatim. These are functions, not constants, because `msg()`
 * answers in the locale that is active at the moment it is called (see `i18n/msg-runtime.ts`).
 */
import {msg} from '@lit/localize';
import type {Child} from '../markup/dom-builder.js';

/** Section ids are public: clinics link to them (`#ketamine-how-it-helps`) and list them in the `open` attribute. */
export const SECTION_IDS = [
  'ketamine-what-is-it',
  'ketamine-how-it-helps',
  'ketamine-is-it-right-for-me',
  'ketamine-next-steps',
] as const;

export type SectionId = (typeof SECTION_IDS)[number];

interface ArticleSection {
  id: SectionId;
  heading: string;
  paragraphs: string[];
}

export interface CrisisNotice {
  heading: string;
  /** Always shown: the hopeful opening sentence. */
  hope: string;
  /**
   * The contacts, the last one leading into the links: replaceable by the `crisis-contacts` slot. A paragraph or
   * label is text, or text and markup (a clinic's number in a left-to-right isolate, see `clinic-crisis.ts`).
   */
  paragraphs: (string | Child[])[];
  links: {href: string; label: string | Child[]}[];
}

export const articleTitle = (): string => msg('Ketamine for depression', {id: 'title'});

export const articleIntro = (): string =>
  msg(
    'Living with depression can feel like navigating an uphill battle. Standard treatments, such as therapy and antidepressants, may not work for everyone. For those searching for alternatives, ketamine is gaining attention. But how effective is it for treating depression, and could it be the right option for you?',
    {id: 'intro'},
  );

export const articleSections = (): ArticleSection[] => [
  {
    id: 'ketamine-what-is-it',
    heading: msg('What Is Ketamine?', {id: 'what-is-it.heading'}),
    paragraphs: [
      msg(
        'Ketamine is a medication originally developed as an anesthetic. It has been used in medical settings for surgical procedures and pain management. Unlike many medications, it works quickly, making it particularly useful in emergency and operating rooms.',
        {id: 'what-is-it.p1'},
      ),
      msg(
        'More recently, ketamine has been studied for mental health conditions like depression. Unlike standard antidepressants, which can take weeks to show effects, ketamine interacts with the brain differently and produces relatively fast-acting results. It is typically delivered in controlled medical environments through intravenous (IV) infusions or nasal sprays.',
        {id: 'what-is-it.p2'},
      ),
    ],
  },
  {
    id: 'ketamine-how-it-helps',
    heading: msg('How Does It Help Treat Depression?', {id: 'how-it-helps.heading'}),
    paragraphs: [
      msg(
        'Ketamine works by affecting the brain’s glutamate system. Glutamate is one of the body’s most abundant neurotransmitters, playing a role in learning and memory. By altering this system, ketamine may help improve connections between brain cells, aiding in mood regulation.',
        {id: 'how-it-helps.p1'},
      ),
      msg(
        'Many who experience treatment-resistant depression have turned to ketamine as an alternative. Treatment-resistant depression refers to cases where traditional methods have not reduced symptoms after repeated attempts. Ketamine’s rapid action provides relief that can be especially helpful for those in crisis.',
        {id: 'how-it-helps.p2'},
      ),
      msg(
        'It is worth noting that ketamine treatments are often paired with ongoing therapies. While the medication may deliver temporary mood improvements, its effects generally last only a few days to weeks. Combining it with counseling or other techniques may help sustain results over time. Early studies look promising, but further research is needed to assess its long-term benefits and safety.',
        {id: 'how-it-helps.p3'},
      ),
    ],
  },
  {
    id: 'ketamine-is-it-right-for-me',
    heading: msg('When Would It Be a Good Option for Me?', {id: 'is-it-right-for-me.heading'}),
    paragraphs: [
      msg(
        'Ketamine treatments may suit certain individuals with specific needs or circumstances. If you have experienced limited success with traditional antidepressants, discussing treatment-resistant options with your doctor may bring ketamine into the conversation. Its fast-acting effects could also be helpful for managing acute suicidal thoughts under professional care.',
        {id: 'is-it-right-for-me.p1'},
      ),
      msg(
        'This treatment is not suitable for everyone. Medical professionals evaluate eligibility based on specific factors, including a candidate’s medical history, existing medications, and overall health. Unlike standard antidepressants, ketamine requires administration in a controlled setting with close monitoring to address any side effects, such as nausea or dizziness.',
        {id: 'is-it-right-for-me.p2'},
      ),
      msg(
        'For those hoping for a one-time solution, ketamine may not meet expectations. It is often part of a broader treatment plan designed to complement other therapies rather than replace them. A discussion with a healthcare provider can help determine whether this option aligns with your individual needs.',
        {id: 'is-it-right-for-me.p3'},
      ),
    ],
  },
  {
    id: 'ketamine-next-steps',
    heading: msg('Stepping Forward With Confidence', {id: 'next-steps.heading'}),
    paragraphs: [
      msg(
        'Ketamine presents a growing alternative for managing depression, especially when conventional methods fall short. While researchers continue to study its full potential, those exploring it with professional guidance may find relief in certain cases. If you’re curious about whether this treatment option could help you or want to learn about other treatment options, speak with a healthcare provider to gain expert advice tailored to your situation.',
        {id: 'next-steps.p1'},
      ),
    ],
  },
];

/**
 * Always visible, never collapsed, right after the intro: a reader in distress meets it before any section. Written
 * along safe-messaging guidelines (hopeful, direct, no method details; https://reportingonsuicide.org/).
 * These are the US contacts: 988 Suicide & Crisis Lifeline (call or text) and 911. Clinics elsewhere replace them
 * (`clinic-crisis.ts`, or the `crisis-contacts` slot). A translated page passes the Lifeline line and texting link that
 * are true in its language (`translation-notes.ts`); the defaults are the English ones.
 */
export function crisisNotice(
  lifeline = msg('In the US, call or text 988 to reach the Suicide & Crisis Lifeline, any time of day or night.', {
    id: 'crisis.lifeline',
  }),
  textLink = {href: 'sms:988', label: msg('Text 988', {id: 'crisis.text-988'})},
): CrisisNotice {
  return {
    heading: crisisHeading(),
    hope: crisisHope(),
    paragraphs: [lifeline, msg('If you are in immediate danger, call 911.', {id: 'crisis.emergency'})],
    links: [
      {href: 'tel:988', label: msg('Call 988', {id: 'crisis.call-988'})},
      textLink,
      {href: 'tel:911', label: msg('Call 911', {id: 'crisis.call-911'})},
    ],
  };
}

export const crisisHeading = (): string => msg('Need help right now?', {id: 'crisis.heading'});

export const crisisHope = (): string =>
  msg('If you are having thoughts of suicide, you are not alone. Help is available, and things can get better.', {
    id: 'crisis.hope',
  });
