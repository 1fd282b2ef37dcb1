import { renderMailLayout } from '@bep/server/core/mail';
import type { MailContent } from './mail-content';

/** A reminder's content in the shared mail layout, as HTML and as plain text. */
export function renderReminderContent(content: MailContent): { html: string; text: string } {
  return renderMailLayout(content);
}
