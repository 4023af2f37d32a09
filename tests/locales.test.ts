import {expect} from '@open-wc/testing';
import {allLocales, directionOf, LOCALES, matchLocale, sourceLocale, type LocaleTable} from '../src/i18n/locales.js';
import {OWN_NAMES} from '../src/i18n/locale-names.js';

describe('the locale table (src/i18n/locales.ts)', () => {
  it('has one row and one own name for each locale of lit-localize.json, and no other', async () => {
    const config = (await (await fetch('/lit-localize.json')).json()) as {
      sourceLocale: string;
      targetLocales: string[];
    };
    const configured = [config.sourceLocale, ...config.targetLocales].sort();
    expect(Object.keys(LOCALES).sort(), 'rows in locales.ts').to.deep.equal(configured);
    expect(Object.keys(OWN_NAMES).sort(), 'names in locale-names.ts').to.deep.equal(configured);
    expect([...allLocales], 'src/generated/locale-codes.ts (run lit-localize build)').to.deep.equal(configured);
  });

  it('loads every translation, and no English one', async () => {
    expect(LOCALES[sourceLocale].loader).to.be.undefined;
    for (const locale of allLocales) {
      if (locale === sourceLocale) continue;
      const {templates} = await LOCALES[locale].loader();
      expect(Object.keys(templates), locale).not.to.be.empty;
    }
  });

  it('writes Arabic and Persian right to left, every other locale left to right', () => {
    expect(allLocales.filter((locale) => directionOf(locale) === 'rtl')).to.deep.equal(['ar', 'fa']);
  });

  it('matches each row by its code and its aliases', () => {
    for (const locale of allLocales) expect(matchLocale(locale)).to.equal(locale);
    expect(matchLocale('fil-PH')).to.equal('tl');
    expect(matchLocale('pes')).to.equal('fa');
  });

  it('is complete by type: `npx tsc` fails on a missing, unknown or incomplete row', () => {
    const withoutPersian: Omit<LocaleTable, 'fa'> = LOCALES;
    // @ts-expect-error: the table has no row for fa
    const missingRow: LocaleTable = withoutPersian;
    // @ts-expect-error: the row for fa has no direction
    const incompleteRow: LocaleTable = {...LOCALES, fa: {loader: LOCALES.fa.loader, aliases: []}};
    // @ts-expect-error: a translation without a loader
    const noLoader: LocaleTable = {...LOCALES, fa: {direction: 'rtl', aliases: []}};
    // @ts-expect-error: a row for a locale that lit-localize.json does not have
    const unknownRow: LocaleTable = {...LOCALES, nl: {loader: LOCALES.de.loader, direction: 'ltr', aliases: []}};
    expect([missingRow, incompleteRow, noLoader, unknownRow]).to.have.length(4);
  });
});
