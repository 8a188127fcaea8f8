/// <reference types="mocha" />
import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { render } from 'lit';
import * as z from 'zod/mini';
import { IsoDate } from '@atelier/client/contract';
import { supportedLocales } from '@atelier/client/contract';
import { dateField, datePartOrder, dateParts, dateValue, dateWords, intlDatePartOrder, intlMonthNames, intlPartLabel } from './date-field.ts';
import { fillDateField } from './date-field.test-helpers.ts';
import { FormController } from './form-controller.ts';
import type { FieldContext } from './fields.ts';

/** A host that never draws: enough for a FormController outside a widget. */
const host = { addController: () => {}, removeController: () => {}, requestUpdate: () => {}, updateComplete: Promise.resolve(true) };

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** A date field alone in a form that asks for a date, drawn again after each change as a widget would. */
async function mountDateField(locale: string, value = '') {
  const form = new FormController<{ purchaseDate: string }>(host, {
    schema: z.object({ purchaseDate: IsoDate }),
    toRequest: (values) => ({ purchaseDate: values['purchaseDate'] as string }),
  });
  if (value) form.set('purchaseDate', value);
  const context: FieldContext = { form, required: '(required)', optional: '(optional)', errorText: (error) => `error: ${error.code}` };
  const root = await fixture<HTMLDivElement>(testHtml`<div></div>`);
  const draw = () => render(dateField(context, 'purchaseDate', 'Purchase date', { required: true, locale }), root);
  draw();
  return { form, root, draw };
}

describe('date fields', () => {
  it('ask day, month and year in the order of the widget’s language, whatever the browser’s', () => {
    expect(datePartOrder('fr')).to.deep.equal(['day', 'month', 'year']);
    expect(datePartOrder('de')).to.deep.equal(['day', 'month', 'year']);
    expect(datePartOrder('en')).to.deep.equal(['month', 'day', 'year']);
    expect(datePartOrder('ja')).to.deep.equal(['year', 'month', 'day']);
    expect(datePartOrder('zh-Hant')).to.deep.equal(['year', 'month', 'day']);
  });

  it('write out, for each shipped language, the order and names the browser’s Intl gives (no Intl in a first render)', () => {
    for (const locale of supportedLocales) {
      const words = dateWords(locale);
      expect(words.order, locale).to.deep.equal(intlDatePartOrder(locale));
      expect(words.months, locale).to.deep.equal(intlMonthNames(locale));
      expect(words.labels, locale).to.deep.equal({ day: intlPartLabel(locale, 'day'), month: intlPartLabel(locale, 'month'), year: intlPartLabel(locale, 'year') });
    }
    // A language Atelier ships no words for is asked of Intl.
    expect(dateWords('pt').labels.month).to.equal('Mês');
    expect(datePartOrder('ko')).to.deep.equal(['year', 'month', 'day']);
  });

  it('name the parts and the months in the widget’s language', async () => {
    const { root } = await mountDateField('fr', '2026-03-05');
    expect([...root.querySelectorAll('.date-part label')].map(text)).to.deep.equal(['Jour', 'Mois', 'Année']);
    expect(text(root.querySelector('legend'))).to.equal('Purchase date (required)');
    const month = root.querySelector<HTMLSelectElement>('select')!;
    expect(month.selectedOptions[0]?.textContent).to.equal('mars');
    expect(root.querySelector<HTMLInputElement>('[name="purchaseDate.day"]')!.value).to.equal('05');
    const japanese = await mountDateField('ja');
    expect([...japanese.root.querySelectorAll('.date-part label')].map(text)).to.deep.equal(['年', '月', '日']);
    expect(japanese.root.querySelector('select option:nth-child(2)')?.textContent).to.equal('1月');
  });

  it('give the form one date once every part is typed, and the parts as typed before, which the contract refuses', async () => {
    const { form, root, draw } = await mountDateField('fr');
    const day = root.querySelector<HTMLInputElement>('[name="purchaseDate.day"]')!;
    day.value = '7a';
    day.dispatchEvent(new Event('input'));
    expect(day.value, 'only digits').to.equal('7');
    draw();
    expect(form.string('purchaseDate')).to.equal('--7');
    form.touch('purchaseDate');
    draw();
    expect(form.errorFor('purchaseDate')?.path).to.equal('purchaseDate');
    expect(text(root.querySelector('.error'))).to.match(/^error: /);
    expect(root.querySelector('[name="purchaseDate.year"]')!.getAttribute('aria-invalid')).to.equal('true');
    await fillDateField(root, 'purchaseDate', '2026-02-07', async () => draw());
    expect(form.string('purchaseDate')).to.equal('2026-02-07');
    expect(form.errorFor('purchaseDate')).to.equal(undefined);
  });

  it('refuses a day the month does not have', () => {
    expect(dateValue({ year: '2026', month: '02', day: '30' })).to.equal('2026-02-30');
    expect(IsoDate.safeParse('2026-02-30').success).to.equal(false);
    expect(dateParts('2026-02-07')).to.deep.equal({ year: '2026', month: '02', day: '07' });
  });

  it('lead an error summary’s link to the first part, in the language’s order', async () => {
    const { root } = await mountDateField('ja');
    expect(root.querySelector('#field-purchaseDate')?.getAttribute('name')).to.equal('purchaseDate.year');
    const french = await mountDateField('fr');
    expect(french.root.querySelector('#field-purchaseDate')?.getAttribute('name')).to.equal('purchaseDate.day');
  });
});
