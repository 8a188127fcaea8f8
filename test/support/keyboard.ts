// Moving through a page the way a keyboard user does: Tab until the control is reached.
import type { Locator, Page } from 'playwright-core';

// More stops than any step of a widget has; a control never reached is a focus-order bug.
const maxTabPresses = 25;

function isFocused(control: Locator): Promise<boolean> {
  // Inside a shadow root the document's activeElement is the host; the root knows the control.
  return control.evaluate((element) => (element.getRootNode() as Document | ShadowRoot).activeElement === element);
}

/** Presses Tab until `control` has the focus; fails, naming `what`, if it never gets it. */
export async function tabTo(page: Page, control: Locator, what: string): Promise<void> {
  for (let presses = 0; presses < maxTabPresses; presses++) {
    if (await isFocused(control)) return;
    await page.keyboard.press('Tab');
  }
  if (!(await isFocused(control))) throw new Error(`${what} was not reached with the Tab key in ${maxTabPresses} presses`);
}
