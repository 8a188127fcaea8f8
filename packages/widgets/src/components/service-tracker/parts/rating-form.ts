/** The rating of a returned repair: a score and an optional comment, then the owner's thanks. */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { maxRatingScore, minRatingScore, ratingCommentMaxLength } from '@atelier/client/contract';
import type { Received, RepairTracker } from '@atelier/client/contract';
import { defineElement } from '../../../base/define.ts';
import { WidgetPart } from '../../../base/widget-part.ts';
import { radioGroup, textAreaField } from '../../../forms/choice-fields.ts';
import type { FieldContext } from '../../../forms/fields.ts';
import type { ServiceTrackerMessages } from '../locales/en.ts';
import { actionProblemAlert } from '../tracker-problems.ts';
import type { ActionProblem } from '../tracker-problems.ts';

/** @fires rate - The owner submitted the rating form; the widget checks and sends it. */
export class TrackerRatingForm extends WidgetPart<ServiceTrackerMessages> {
  static override properties = {
    ...WidgetPart.properties,
    tracker: { attribute: false },
    context: { attribute: false },
    pending: { attribute: false },
    problem: { attribute: false },
  };

  declare tracker: Received<RepairTracker>;
  /** The rating form. */
  declare context: FieldContext;
  /** The rating is being sent. */
  declare pending: boolean;
  declare problem: ActionProblem | undefined;

  #submit(event: Event): void {
    event.preventDefault();
    this.tell('rate');
  }

  protected override render(): TemplateResult {
    const m = this.messages;
    const rating = this.tracker.rating;
    if (rating) {
      return html`<section class="rating" part="rating" aria-labelledby="rating-title">
        <h3 part="subheading" id="rating-title">${m.ratingHeading}</h3>
        <p class="thanks" tabindex="-1">${m.ratingThanks(rating.score, maxRatingScore)}</p>
      </section>`;
    }
    const f = this.context;
    const scores = Array.from({ length: maxRatingScore - minRatingScore + 1 }, (_, index) => minRatingScore + index);
    const choices = scores.map((score) => ({ value: String(score), label: m.ratingScores[score - minRatingScore] ?? String(score), className: 'score' }));
    return html`<section class="rating" part="rating" aria-labelledby="rating-title">
      <h3 part="subheading" id="rating-title">${m.ratingHeading}</h3>
      ${actionProblemAlert(m, this.problem, 'rating')}
      <form part="form" novalidate aria-labelledby="rating-title" @submit=${this.#submit}>
        ${radioGroup(f, 'score', m.ratingLegend, choices, { required: true, layout: 'scores', choiceId: (score) => `score-${score}` })}
        ${textAreaField(f, 'comment', m.commentLabel, { maxLength: ratingCommentMaxLength })}
        <button part="button primary-button" type="submit" ?disabled=${this.pending}>${this.pending ? m.sendingRating : m.rateSubmit}</button>
      </form>
    </section>`;
  }
}

defineElement('atelier-service-tracker-rating', TrackerRatingForm);
