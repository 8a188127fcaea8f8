// Accessibility in the end-to-end journeys: axe-core (the engine the component tests use through
// chai-a11y-axe) run on the whole page as a person reaches it, open shadow roots included.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: unknown[] }[];
}

/** Each rule the page breaks, with where: `color-contrast (serious): console-stock >> td`. Empty when clean. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, not a <script>: the console's CSP forbids inline scripts, rightly.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations.map((violation) => `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
}
