/**
 * A development-time check of the brand's colours (issue 20): in each colour scheme the widget can
 * show (both with `theme="auto"`), each text colour against the background it is drawn on must reach
 * 4.5:1 and the borders and focus ring 3:1 (WCAG 2.2, 1.4.3 and 1.4.11); a pair that does not is
 * named in a console warning with its ratio. AtelierElement imports this module only when Lit runs
 * in development mode, so a production page (the CDN build, an app's production bundle) never
 * downloads it.
 */

/** Text against what it is drawn on: 4.5:1. */
const minimumTextContrast = 4.5;
/** Borders and the focus ring against the background: 3:1. */
const minimumNonTextContrast = 3;

/** [foreground token, background token, minimum ratio], by the token's name after `--atelier-color-`. */
const pairs: ReadonlyArray<readonly [string, string, number]> = [
  ['text', 'background', minimumTextContrast],
  ['muted', 'background', minimumTextContrast],
  ['error', 'background', minimumTextContrast],
  ['success', 'background', minimumTextContrast],
  ['on-accent', 'accent', minimumTextContrast],
  ['text', 'surface', minimumTextContrast],
  ['error', 'surface', minimumTextContrast],
  ['border', 'background', minimumNonTextContrast],
  ['focus', 'background', minimumNonTextContrast],
];

const warned = new Set<string>();

/** The colour as sRGB bytes, whatever syntax the browser computed it in (a canvas converts them all). */
function srgb(context: CanvasRenderingContext2D, color: string): readonly [number, number, number] {
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [red = 0, green = 0, blue = 0] = context.getImageData(0, 0, 1, 1).data;
  return [red, green, blue];
}

/** WCAG 2 relative luminance. */
function luminance([red, green, blue]: readonly [number, number, number]): number {
  const linear = (byte: number): number => {
    const channel = byte / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
}

export function contrastRatio(foreground: readonly [number, number, number], background: readonly [number, number, number]): number {
  const [lighter, darker] = [luminance(foreground), luminance(background)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/** Warns once per page for each pair of the widget's colours under its minimum, in each scheme it can show. */
export function warnOnLowContrast(element: HTMLElement & { theme?: string | undefined }): void {
  const root = element.shadowRoot;
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  // A widget removed before the check ran has no computed colours to compare.
  if (!root || !context || !element.isConnected) return;
  const schemes = element.theme === 'light' || element.theme === 'dark' ? [element.theme] : ['light', 'dark'];
  // A probe inside the shadow root sees the widget's tokens as its own elements do; `light-dark()`
  // resolves against the scheme the probe is given.
  const probe = document.createElement('span');
  probe.hidden = true;
  root.append(probe);
  try {
    for (const scheme of schemes) {
      probe.style.colorScheme = scheme;
      const colorOf = (token: string): readonly [number, number, number] => {
        probe.style.color = `var(--_color-${token})`;
        return srgb(context, getComputedStyle(probe).color);
      };
      for (const [foreground, background, minimum] of pairs) {
        const ratio = contrastRatio(colorOf(foreground), colorOf(background));
        if (ratio >= minimum) continue;
        const warning =
          `[atelier] <${element.localName}>: --atelier-color-${foreground} on --atelier-color-${background} is ${ratio.toFixed(2)}:1 ` +
          `in the ${scheme} scheme, under the ${minimum}:1 ${minimum === minimumTextContrast ? 'text' : 'borders and focus ring'} need. ` +
          'Give each colour its light and dark value with light-dark(), or set theme="light" or "dark".';
        if (warned.has(warning)) continue;
        warned.add(warning);
        console.warn(warning);
      }
    }
  } finally {
    probe.remove();
  }
}
