/**
 * The page a person sees when the QR code they scanned leads nowhere: a phone's browser shows
 * problem+json as raw text, which tells a buyer nothing. Kept deliberately small and
 * self-contained (no brand styling, no script): it only says what went wrong and where to look
 * the piece up. `hono/html` escapes every interpolated value.
 */
import { html } from 'hono/html';

export interface ResolverPage {
  status: 404 | 422 | 429;
  title: string;
  message: string;
  /** The brand's provenance page, where the serial engraved on the piece can be looked up; null when no brand is known. */
  provenancePageUrl: string | null;
}

export async function renderResolverPage(page: ResolverPage): Promise<string> {
  const lookUp = page.provenancePageUrl === null ? '' : html`<p><a href="${page.provenancePageUrl}">Look up a piece by its serial number</a></p>`;
  const document = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${page.title}</title>
<style>body{font:1rem/1.5 system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;color:#222}</style>
</head>
<body>
<h1>${page.title}</h1>
<p>${page.message}</p>
${lookUp}
</body>
</html>
`;
  return String(await document);
}
