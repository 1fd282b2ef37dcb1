/** What a message says, in the order it says it; every value is plain text (the layout escapes it). */
export interface MailContent {
  /** The heading, also the HTML document's title. */
  title: string;
  /** The opening line, such as "Bonjour," (none by default). */
  greeting?: string;
  /** The body; a line break inside one stays a line break. */
  paragraphs: string[];
  /** Label and value pairs under the paragraphs (commune, date, amount...). */
  facts?: { label: string; value: string }[];
  /** The one link back to the app, shown as a button with the address spelled out below it. */
  action?: { label: string; url: string };
  /** Why the recipient gets this message; the sender's line follows it. */
  footer?: string;
}

export interface RenderedMail {
  html: string;
  text: string;
}

export const MAIL_SIGNATURE = 'BEP Transition numérique · Bureau Économique de la Province de Namur';

const COLORS = { brand: '#1d4f91', text: '#1f2933', muted: '#52606d', rule: '#d9e2ec', page: '#f0f4f8' } as const;
const FONT = 'font-family:Arial,Helvetica,sans-serif;';

/** Escapes a value for HTML text and double-quoted attributes. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[character]};`);
}

/**
 * The one layout of every e-mail (reminders, invoices): a table-based HTML page with inline styles,
 * as mail clients need, and its plain-text twin with the same words.
 */
export function renderMailLayout(content: MailContent): RenderedMail {
  if (content.action && !/^https?:\/\//.test(content.action.url)) {
    throw new Error(`A link in an e-mail must be an http(s) address, not "${content.action.url}"`);
  }
  return { html: renderHtml(content), text: renderText(content) };
}

function renderHtml({ title, greeting, paragraphs, facts = [], action, footer }: MailContent): string {
  const text = (value: string) => escapeHtml(value).replace(/\r?\n/g, '<br>');
  const paragraph = (value: string) => `<p style="margin:0 0 16px;${FONT}font-size:16px;line-height:24px;color:${COLORS.text};">${text(value)}</p>`;
  const rows: string[] = [
    `<h1 style="margin:0 0 24px;${FONT}font-size:22px;line-height:30px;color:${COLORS.text};">${text(title)}</h1>`,
    ...(greeting ? [paragraph(greeting)] : []),
    ...paragraphs.map(paragraph),
  ];
  if (facts.length > 0) {
    const factRows = facts
      .map(
        ({ label, value }) =>
          `<tr><th scope="row" align="left" valign="top" style="padding:6px 16px 6px 0;${FONT}font-size:14px;line-height:20px;font-weight:normal;color:${COLORS.muted};">${text(label)}</th>` +
          `<td valign="top" style="padding:6px 0;${FONT}font-size:14px;line-height:20px;font-weight:bold;color:${COLORS.text};">${text(value)}</td></tr>`,
      )
      .join('');
    rows.push(`<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 24px;border-top:1px solid ${COLORS.rule};">${factRows}</table>`);
  }
  if (action) {
    const href = escapeHtml(action.url);
    rows.push(
      `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 16px;"><tr><td style="border-radius:4px;background:${COLORS.brand};">` +
        `<a href="${href}" style="display:inline-block;padding:12px 24px;${FONT}font-size:16px;line-height:20px;font-weight:bold;color:#ffffff;text-decoration:none;">${text(action.label)}</a>` +
        `</td></tr></table>`,
      `<p style="margin:0 0 16px;${FONT}font-size:13px;line-height:20px;color:${COLORS.muted};">Si le bouton ne s’ouvre pas, copiez cette adresse dans votre navigateur&nbsp;: <a href="${href}" style="color:${COLORS.brand};word-break:break-all;">${escapeHtml(action.url)}</a></p>`,
    );
  }
  const footerLines = [...(footer ? [footer] : []), MAIL_SIGNATURE].map(
    (line) => `<p style="margin:0 0 8px;${FONT}font-size:12px;line-height:18px;color:${COLORS.muted};">${text(line)}</p>`,
  );
  return [
    '<!DOCTYPE html>',
    '<html lang="fr">',
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head>`,
    `<body style="margin:0;padding:0;background:${COLORS.page};">`,
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:${COLORS.page};"><tr><td align="center" style="padding:24px 12px;">`,
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;background:#ffffff;border:1px solid ${COLORS.rule};">`,
    `<tr><td style="padding:16px 32px;background:${COLORS.brand};${FONT}font-size:15px;line-height:20px;font-weight:bold;color:#ffffff;">BEP Transition numérique</td></tr>`,
    `<tr><td style="padding:32px;">${rows.join('')}</td></tr>`,
    `<tr><td style="padding:16px 32px;border-top:1px solid ${COLORS.rule};">${footerLines.join('')}</td></tr>`,
    '</table>',
    '</td></tr></table>',
    '</body>',
    '</html>',
  ].join('\n');
}

function renderText({ title, greeting, paragraphs, facts = [], action, footer }: MailContent): string {
  const blocks: string[] = [title, ...(greeting ? [greeting] : []), ...paragraphs];
  if (facts.length > 0) {
    blocks.push(facts.map(({ label, value }) => `${label}\u00a0: ${value}`).join('\n'));
  }
  if (action) {
    blocks.push(`${action.label}\u00a0:\n${action.url}`);
  }
  blocks.push(['-- ', ...(footer ? [footer] : []), MAIL_SIGNATURE].join('\n'));
  return `${blocks.join('\n\n')}\n`;
}
