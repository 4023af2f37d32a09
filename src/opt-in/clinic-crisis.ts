/**
 * The crisis notice with a clinic's own lines, set through `crisis-call`, `crisis-text` and `emergency-call`
 * (clinics outside the US). Any one of them replaces all the US defaults, so readers never get a mix of countries.
 */
import {msg, str} from '@lit/localize';
import {crisisHeading, crisisHope, type CrisisNotice} from '../content/article.js';
import {contactLink, type ContactKind, type ContactLink} from './contact-links.js';
import {element, type Child} from '../markup/dom-builder.js';

export interface ClinicCrisisContacts {
  call?: ContactLink | undefined;
  text?: ContactLink | undefined;
  emergency?: ContactLink | undefined;
}

/**
 * The clinic's contacts, parsed: plain data that names everything the notice shows (the element keys its shared
 * markup on it). Undefined when the clinic set none that can be used.
 */
export function clinicCrisisContacts(
  call: string | null,
  text: string | null,
  emergency: string | null,
): ClinicCrisisContacts | undefined {
  const contacts = {
    call: contactLink('crisis-call', call, 'tel'),
    text: contactLink('crisis-text', text, 'sms'),
    // Only a number to call: the notice says "If you are in immediate danger, call …".
    emergency: contactLink('emergency-call', emergency, 'tel', ['tel:']),
  };
  return contacts.call || contacts.text || contacts.emergency ? contacts : undefined;
}

/** Stands in for the contact while the translated sentence is made, so that the contact can be put in as markup. */
const CONTACT = '\uE000';

/**
 * A translated sentence with the contact in a left-to-right isolate, so that a number with spaces (`116 123`) reads
 * group by group, in order, inside right-to-left Arabic or Persian text, where the bidi algorithm would otherwise
 * reverse the groups (https://www.w3.org/International/articles/inline-bidi-markup/).
 */
function withContact(sentence: (contact: string) => string, contact: string): Child[] {
  const [before = '', after = ''] = sentence(CONTACT).split(CONTACT);
  return [before, element('bdi', {dir: 'ltr'}, contact), after];
}

const LABELS: Record<ContactKind, (contact: string) => string> = {
  call: (number) => msg(str`Call ${number}`, {id: 'crisis.call'}),
  text: (number) => msg(str`Text ${number}`, {id: 'crisis.text'}),
  web: (host) => msg(str`Visit ${host}`, {id: 'crisis.visit'}),
  email: (address) => msg(str`Email ${address}`, {id: 'crisis.email'}),
};

export function clinicCrisisNotice({call, text, emergency}: ClinicCrisisContacts): CrisisNotice {
  const links = [call, text, emergency]
    .filter((link) => link !== undefined)
    .map(({href, kind, shown}) => ({href, label: withContact(LABELS[kind], shown)}));
  const paragraphs = [];
  if (emergency)
    paragraphs.push(
      withContact(
        (number) => msg(str`If you are in immediate danger, call ${number}.`, {id: 'crisis.emergency-number'}),
        emergency.shown,
      ),
    );
  if (call || text) paragraphs.push(msg('You can talk to someone right now:', {id: 'crisis.reach-out'}));
  return {heading: crisisHeading(), hope: crisisHope(), paragraphs, links};
}
