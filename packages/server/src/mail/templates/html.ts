/** The HTML of Atelier's e-mails: escaping, and the page and button every e-mail shares. */

/** Escaping for values interpolated into e-mail HTML: names and models are typed by people. */
const htmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => htmlEntities[character] ?? character);
}

/** A whole e-mail page in the house style: one narrow serif column; `body` is already HTML. */
export function mailDocument(locale: string, title: string, body: string): string {
  return `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body style="font-family: Georgia, 'Times New Roman', serif; color: #1d1d1f; line-height: 1.5; max-width: 560px; margin: 0 auto; padding: 24px;">
${body}
</body>
</html>
`;
}

/** The e-mail's one action, as a dark button. */
export function actionButton(href: string, label: string): string {
  return `<p><a href="${escapeHtml(href)}" style="display: inline-block; padding: 12px 20px; background: #1d1d1f; color: #ffffff; text-decoration: none; border-radius: 4px;">${escapeHtml(label)}</a></p>`;
}
