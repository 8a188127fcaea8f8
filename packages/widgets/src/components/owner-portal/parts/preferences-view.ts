/** The owner's preferences: per channel what the brand may write about, the language, a quiet period; then every change, newest first. */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Locale, MyPreferences, PreferenceChange, Received } from '@atelier/client/contract';
import { supportedLocales } from '@atelier/client/contract';
import { formatCalendarDate } from '../../../base/calendar-date.ts';
import { defineElement } from '../../../base/define.ts';
import { WidgetPart } from '../../../base/widget-part.ts';
import { radioGroup } from '../../../forms/choice-fields.ts';
import { errorSummary } from '../../../forms/error-summary.ts';
import { checkboxField, selectField } from '../../../forms/fields.ts';
import { dateField } from '../../../forms/date-field.ts';
import type { FieldContext } from '../../../forms/fields.ts';
import type { OwnerPortalMessages } from '../locales/en.ts';
import { labelOf } from '../piece-facts.ts';
import { preferenceFields } from '../preferences-flow.ts';

/**
 * @fires save-preferences - The owner submitted the form.
 * @fires back-to-pieces - The owner goes back to their pieces.
 */
export class OwnerPreferencesView extends WidgetPart<OwnerPortalMessages> {
  static override properties = {
    ...WidgetPart.properties,
    preferences: { attribute: false },
    context: { attribute: false },
    pending: { attribute: false },
    summaryShown: { attribute: false },
  };

  declare preferences: Received<MyPreferences> | undefined;
  declare context: FieldContext;
  declare pending: boolean;
  declare summaryShown: boolean;

  #labelOf(path: string): string | undefined {
    const m = this.messages;
    const labels: Record<string, string> = {
      [preferenceFields.emailChoice]: labelOf(m.channelLegend, 'email'),
      [preferenceFields.language]: m.languageLabel,
      [preferenceFields.quietFrom]: m.quietFromLabel,
      [preferenceFields.quietUntil]: m.quietUntilLabel,
    };
    return labels[path];
  }

  #renderSummary(): TemplateResult | typeof nothing {
    if (!this.summaryShown) return nothing;
    const m = this.messages;
    const errors = this.context.form.visibleErrors(Object.values(preferenceFields));
    return errorSummary(this, errors, {
      title: m.errorSummaryTitle(errors.length),
      labelSeparator: m.labelSeparator,
      labelOf: (path) => this.#labelOf(path),
      errorText: (error) => this.context.errorText(error),
    });
  }

  #renderChange(change: Received<PreferenceChange>): TemplateResult {
    const m = this.messages;
    const at = new Intl.DateTimeFormat(m.languageTag, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(change.at));
    let what = '';
    if (change.kind === 'consent' && change.consent) {
      const { channel, purpose, granted } = change.consent;
      what = m.historyConsent(labelOf(m.channelLegend, channel), labelOf(m.consentPurposes, purpose), granted);
    } else if (change.kind === 'language' && change.language !== undefined) {
      what = m.historyLanguage(labelOf(m.languageNames, change.language));
    } else if (change.kind === 'quiet_period') {
      const period = change.quietPeriod;
      what = m.historyQuiet(period ? m.quietWording(formatCalendarDate(period.from, m.languageTag), formatCalendarDate(period.until, m.languageTag)) : m.quietLifted);
    }
    return html`<li>
      <time datetime=${change.at}>${at}</time> <span>${what}</span> <span class="source">(${labelOf(m.historySources, change.source)})</span>
      ${change.wording
        ? html`<div class="wording">
            <span>${m.historyWording}</span>
            <blockquote>${change.wording.split('\n').map((line) => html`<p>${line}</p>`)}</blockquote>
          </div>`
        : nothing}
    </li>`;
  }

  #renderForm(preferences: Received<MyPreferences>): TemplateResult {
    const m = this.messages;
    const f = this.context;
    const email = preferences.channels.find((channel) => channel.channel === 'email');
    const quiet = f.form.checked(preferenceFields.quiet);
    return html`${this.#renderSummary()}
      <form part="form" novalidate aria-labelledby="preferences-title" aria-busy=${this.pending ? 'true' : 'false'} @submit=${(event: Event) => {
        event.preventDefault();
        this.tell('save-preferences');
      }}>
        ${radioGroup(
          f,
          preferenceFields.emailChoice,
          labelOf(m.channelLegend, 'email'),
          (['marketing', 'service_only', 'none'] as const).map((choice) => ({ value: choice, label: m.channelChoices[choice] })),
          { choiceId: (value) => `choice-email-${value}` },
        )}
        ${email && email.marketing && !email.service ? html`<p class="hint" part="hint">${m.unsubscribedNote}</p>` : nothing}
        <slot name="consent-notice"></slot>
        ${selectField(
          f,
          preferenceFields.language,
          m.languageLabel,
          supportedLocales.map((locale: Locale) => ({ value: locale, label: m.languageNames[locale] })),
        )}
        <fieldset class="choices" part="fieldset">
          <legend part="legend">${m.quietLegend}</legend>
          ${checkboxField(f, preferenceFields.quiet, m.quietToggle, m.quietHint)}
          ${quiet
            ? html`${dateField(f, preferenceFields.quietFrom, m.quietFromLabel, { required: true, locale: m.languageTag })}
              ${dateField(f, preferenceFields.quietUntil, m.quietUntilLabel, { required: true, locale: m.languageTag })}`
            : nothing}
        </fieldset>
        <button part="button primary-button" type="submit" ?disabled=${this.pending}>${this.pending ? m.sending : m.savePreferences}</button>
      </form>
      <h3 part="subheading" id="history-title">${m.historyTitle}</h3>
      ${preferences.history.length === 0
        ? html`<p class="empty">${m.noHistory}</p>`
        : html`<ol class="timeline history" part="timeline" aria-labelledby="history-title">
            ${preferences.history.map((change) => this.#renderChange(change))}
          </ol>`}`;
  }

  protected override render(): TemplateResult {
    const m = this.messages;
    return html`<section class="account-view" aria-labelledby="preferences-title">
      <button part="button secondary-button" type="button" class="secondary back" @click=${() => this.tell('back-to-pieces')}>${m.backToPieces}</button>
      <h2 part="heading" id="preferences-title" tabindex="-1">${m.preferencesTitle}</h2>
      <p>${m.preferencesIntro}</p>
      ${this.preferences ? this.#renderForm(this.preferences) : html`<p aria-busy="true">${m.loading}</p>`}
    </section>`;
  }
}

defineElement('atelier-owner-portal-preferences', OwnerPreferencesView);
