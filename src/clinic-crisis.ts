/**
 * The crisis notice with a clinic's own lines, set through `crisis-call`, `crisis-text` and `emergency-call`
 * (clinics outside the US). Any one of them replaces all the US defaults, so readers never get a mix of countries.
 */
import {msg, str} from '@lit/localize';
import {crisisHeading, crisisHope, type CrisisNotice} from './content.js';
import type {ContactLink} from './contact-links.js';

export interface ClinicCrisisContacts {
  call?: ContactLink | undefined;
  text?: ContactLink | undefined;
  emergency?: ContactLink | undefined;
}

export function clinicCrisisNotice({call, text, emergency}: ClinicCrisisContacts): CrisisNotice | undefined {
  if (!call && !text && !emergency) return undefined;
  const callLabel = (number: string) => msg(str`Call ${number}`, {id: 'crisis.call'});
  const links = [
    call && {href: call.href, label: callLabel(call.number)},
    text && {href: text.href, label: msg(str`Text ${text.number}`, {id: 'crisis.text'})},
    emergency && {href: emergency.href, label: callLabel(emergency.number)},
  ].filter((link) => link !== undefined);
  const paragraphs = [];
  if (emergency)
    paragraphs.push(
      msg(str`If you are in immediate danger, call ${emergency.number}.`, {id: 'crisis.emergency-number'}),
    );
  if (call || text) paragraphs.push(msg('You can talk to someone right now:', {id: 'crisis.reach-out'}));
  return {heading: crisisHeading(), hope: crisisHope(), paragraphs, links};
}
