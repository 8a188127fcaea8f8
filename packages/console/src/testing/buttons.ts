// Reading a <wa-button> the way a person does: the words it shows, and its name for screen
// readers (shared/button-name.ts gives a row's button a fuller name than its word).

/** The words a button shows: buttonName's shown part, else its whole text. */
export function shownWords(button: Element): string {
  return (button.querySelector(':scope > [aria-hidden="true"]') ?? button).textContent?.trim() ?? '';
}

/** A button's name for screen readers: buttonName's hidden full name, else its text. */
export function buttonNameOf(button: Element): string {
  return (button.querySelector(':scope > .visually-hidden') ?? button).textContent?.trim() ?? '';
}

/** The first <wa-button> under `root` whose name for screen readers is `name`. */
export function waButtonNamed(root: ParentNode | null | undefined, name: string): HTMLElement | undefined {
  return [...(root?.querySelectorAll<HTMLElement>('wa-button') ?? [])].find((button) => buttonNameOf(button) === name);
}
