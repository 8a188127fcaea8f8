/**
 * A select's options as plain DOM, built once per list and kept while the list stays the same. As
 * Lit templates, one per option, the 249 countries cost the activation form a redraw of ~70 ms at
 * Lighthouse's 4× CPU slowdown when they arrived (a template instance, two markers and a commit per
 * option; issue 18, `bench:first-render --tasks`), and every redraw after (each keystroke) walked
 * them all again. Here they are created with `new Option()` in one fragment, and a later redraw
 * only moves the selection when the value changed.
 */
import { noChange } from 'lit';
import { Directive, directive } from 'lit/directive.js';
import type { ChildPart } from 'lit/directive.js';
import type { SelectOption } from './fields.ts';

function sameChoices(a: readonly SelectOption[], b: readonly SelectOption[]): boolean {
  return a.length === b.length && a.every((choice, index) => choice.value === b[index]!.value && choice.label === b[index]!.label);
}

class OptionListDirective extends Directive {
  #choices: readonly SelectOption[] = [];
  #options: HTMLOptionElement[] = [];
  #selected: string | undefined;

  render(choices: readonly SelectOption[], selected: string): unknown {
    return choices.map((choice) => new Option(choice.label, choice.value, false, choice.value === selected));
  }

  override update(_part: ChildPart, [choices, selected]: Parameters<this['render']>): unknown {
    if (this.#selected !== undefined && sameChoices(choices, this.#choices)) {
      if (selected !== this.#selected) {
        this.#selected = selected;
        for (const option of this.#options) option.selected = option.value === selected;
      }
      return noChange;
    }
    this.#choices = choices;
    this.#selected = selected;
    this.#options = choices.map((choice) => new Option(choice.label, choice.value, false, choice.value === selected));
    const fragment = document.createDocumentFragment();
    fragment.append(...this.#options);
    return fragment;
  }
}

/** The options of `choices`, `selected`'s chosen: for a `<select>`'s child position in a template. */
export const optionList = directive(OptionListDirective);
