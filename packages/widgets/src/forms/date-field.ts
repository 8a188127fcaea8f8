/**
 * A date asked as day, month and year, in the order and words of the WIDGET's language — not the
 * browser's: a native `<input type="date">` writes `mm/dd/yyyy` in a French widget under an
 * English (US) browser, and its placeholder cannot be changed. The three parts (a number, a month
 * by name, a number; the pattern GOV.UK's design system recommends for dates people know) are
 * one field to the form: its value is `YYYY-MM-DD` once every part is given, and the parts as typed
 * otherwise (`2026--7`), which the contract refuses as a date, so an unfinished date is said as
 * one error under the whole field. The parts' and months' names are written out for the shipped
 * languages (`shippedDateWords`: no `Intl` in a first render) and asked of `Intl` for others.
 */
import { html } from 'lit';
import { isSupportedLocale, type SupportedLocale } from '@atelier/client/contract';
import type { TemplateResult } from 'lit';
import { fieldId } from './field-id.ts';
import { describedBy, fieldError, fieldHint, fieldPart, inputPart, requiredMarker } from './fields.ts';
import type { FieldContext, FieldOptions } from './fields.ts';

export type DatePart = 'day' | 'month' | 'year';

/** The parts of `value` as the form holds it (`YYYY-MM-DD`, or the parts as typed). */
export function dateParts(value: string): Record<DatePart, string> {
  const [year = '', month = '', day = ''] = value.split('-');
  return { year, month: month === '' ? '' : String(Number(month)).padStart(2, '0'), day };
}

/** The form's value for the parts: a full date when every part is there, else the parts as typed. */
export function dateValue(parts: Record<DatePart, string>): string {
  if (parts.year === '' && parts.month === '' && parts.day === '') return '';
  const complete = /^\d{4}$/.test(parts.year) && parts.month !== '' && /^\d{1,2}$/.test(parts.day);
  return complete ? `${parts.year}-${parts.month}-${parts.day.padStart(2, '0')}` : `${parts.year}-${parts.month}-${parts.day}`;
}

/** How a language writes and names a date's parts: their order, their names, the months' names (January first). */
interface DateWords {
  order: readonly DatePart[];
  labels: Readonly<Record<DatePart, string>>;
  months: readonly string[];
}

const numberedMonths = Array.from({ length: 12 }, (_, month) => `${month + 1}月`);

/**
 * The shipped languages' date words, written out: the first `Intl` object a page builds loads ICU's
 * data, which held the main thread for 115–160 ms of the activation form's first render at
 * Lighthouse's 4× CPU slowdown (issue 18's bench, --profile; 30–55 ms unthrottled). Equal to what
 * `Intl.DateTimeFormat` and `Intl.DisplayNames` answer (checked in date-field.test.ts), which other
 * languages still ask.
 */
const shippedDateWords: Readonly<Record<SupportedLocale, DateWords>> = {
  en: {
    order: ['month', 'day', 'year'],
    labels: { day: 'Day', month: 'Month', year: 'Year' },
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  },
  fr: {
    order: ['day', 'month', 'year'],
    labels: { day: 'Jour', month: 'Mois', year: 'Année' },
    months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  },
  de: {
    order: ['day', 'month', 'year'],
    labels: { day: 'Tag', month: 'Monat', year: 'Jahr' },
    months: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  },
  it: {
    order: ['day', 'month', 'year'],
    labels: { day: 'Giorno', month: 'Mese', year: 'Anno' },
    months: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  },
  ja: { order: ['year', 'month', 'day'], labels: { day: '日', month: '月', year: '年' }, months: numberedMonths },
  'zh-Hans': {
    order: ['year', 'month', 'day'],
    labels: { day: '日', month: '月', year: '年' },
    months: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'],
  },
  'zh-Hant': { order: ['year', 'month', 'day'], labels: { day: '日', month: '月', year: '年' }, months: numberedMonths },
};

/** The order `locale` writes a date in, from `Intl`: day month year (fr), month day year (en), year month day (ja). */
export function intlDatePartOrder(locale: string): DatePart[] {
  const order = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })
    .formatToParts(new Date(Date.UTC(2000, 0, 31)))
    .map((part) => part.type)
    .filter((type): type is DatePart => type === 'day' || type === 'month' || type === 'year');
  return order.length === 3 ? order : ['day', 'month', 'year'];
}

/** The twelve months' names in `locale`, January first, from `Intl`. */
export function intlMonthNames(locale: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, month) => format.format(new Date(Date.UTC(2000, month, 1))));
}

/** "Day", "Jour", "日": the part's name in `locale` from `Intl`, capitalised where the script has capitals. */
export function intlPartLabel(locale: string, part: DatePart): string {
  const name = new Intl.DisplayNames([locale], { type: 'dateTimeField' }).of(part) ?? part;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/** Other languages' date words, asked of `Intl` once per language. */
const intlDateWords = new Map<string, DateWords>();

/** The date words of `locale`: written out for the shipped languages, from `Intl` (once) for others. */
export function dateWords(locale: string): DateWords {
  if (isSupportedLocale(locale)) return shippedDateWords[locale];
  let words = intlDateWords.get(locale);
  if (!words) {
    words = {
      order: intlDatePartOrder(locale),
      labels: { day: intlPartLabel(locale, 'day'), month: intlPartLabel(locale, 'month'), year: intlPartLabel(locale, 'year') },
      months: intlMonthNames(locale),
    };
    intlDateWords.set(locale, words);
  }
  return words;
}

/** The order `locale` writes a date in: day month year (fr), month day year (en), year month day (ja). */
export function datePartOrder(locale: string): readonly DatePart[] {
  return dateWords(locale).order;
}

export interface DateFieldOptions extends FieldOptions {
  /** The widget's language tag: the parts' order, the months' names and the parts' labels. */
  locale: string;
}

/**
 * A date field: a fieldset whose legend is the field's label, then day, month and year in the
 * locale's order. The first part carries the field's id, so an error summary's link lands on it.
 */
export function dateField(context: FieldContext, path: string, label: string, options: DateFieldOptions): TemplateResult {
  const { form } = context;
  const error = form.errorFor(path);
  const parts = dateParts(form.string(path));
  const id = fieldId(path);
  const words = dateWords(options.locale);
  const order = words.order;
  const describedIds = describedBy(context, path, options.hint, error);
  const set = (part: DatePart, typed: string) => form.set(path, dateValue({ ...dateParts(form.string(path)), [part]: typed }));
  const partId = (part: DatePart) => (part === order[0] ? id : `${id}-${part}`);
  const numberPart = (part: 'day' | 'year') =>
    html`<input
      part=${inputPart(error)}
      class="date-${part}"
      id=${partId(part)}
      name=${`${path}.${part}`}
      inputmode="numeric"
      maxlength=${part === 'day' ? 2 : 4}
      autocomplete=${options.autocomplete ? `${options.autocomplete}-${part === 'day' ? 'day' : 'year'}` : 'off'}
      .value=${parts[part]}
      ?required=${options.required}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${describedIds}
      @input=${(event: Event) => {
        const input = event.target as HTMLInputElement;
        const digits = input.value.replace(/\D/g, '');
        if (digits !== input.value) input.value = digits;
        set(part, digits);
      }}
      @blur=${() => form.touch(path)}
    />`;
  const monthPart = () =>
    html`<select
      part=${inputPart(error)}
      class="date-month"
      id=${partId('month')}
      name=${`${path}.month`}
      ?required=${options.required}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${describedIds}
      @change=${(event: Event) => set('month', (event.target as HTMLSelectElement).value)}
      @blur=${() => form.touch(path)}
    >
      <option value="" ?selected=${parts.month === ''}></option>
      ${words.months.map((name, index) => {
        const value = String(index + 1).padStart(2, '0');
        return html`<option value=${value} ?selected=${parts.month === value}>${name}</option>`;
      })}
    </select>`;
  return html`<fieldset class="field date-field" part=${fieldPart(error)}>
    <legend part="label">${label}${requiredMarker(context, options.required)}</legend>
    ${fieldHint(path, options.hint)}
    <div class="date-parts">
      ${order.map(
        (part) =>
          html`<div class="date-part">
            <label for=${partId(part)}>${words.labels[part]}</label>
            ${part === 'month' ? monthPart() : numberPart(part)}
          </div>`,
      )}
    </div>
    ${fieldError(context, path, error)}
  </fieldset>`;
}
