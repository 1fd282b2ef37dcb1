import { inject, Pipe, type PipeTransform } from '@angular/core';
import type { Failure } from '@bep/web/communes/data-access';
import { LanguageStore } from '@bep/web/shared/i18n';
import { TranslocoService } from '@jsverse/transloco';

/** What to say about a failure: one of our translations, or the server's own words. */
export type FailureMessage = { key: string; params?: Record<string, unknown> } | { text: string };

/** The API's problem types that name a rule (`urn:bep:stage-rule:note-required`), by prefix. */
const RULE_TYPES = ['urn:bep:stage-rule:', 'urn:bep:contact-rule:', 'urn:bep:activity:', 'urn:bep:'];

function ruleOf(type: string | null): string | null {
  const prefix = type ? RULE_TYPES.find((candidate) => type.startsWith(candidate)) : undefined;
  return type && prefix ? type.slice(prefix.length) : null;
}

/**
 * The message of a failed call, most specific first: the rule its problem type names, then what
 * its status means here (`conflictKey` for a 409, which each action explains its own way), then
 * the server's words, then the bare status.
 */
export function failureMessage(failure: Failure, conflictKey?: string): FailureMessage[] {
  const messages: FailureMessage[] = [];
  const rule = ruleOf(failure.type);
  if (rule) messages.push({ key: `commune.rule.${rule}` });
  if (failure.status === 409 && conflictKey) messages.push({ key: conflictKey });
  if (failure.status === 400) messages.push({ key: 'commune.failure.invalid' });
  if (failure.status === 403) messages.push({ key: 'commune.failure.forbidden' });
  if (failure.status === 404) messages.push({ key: 'commune.failure.notFound' });
  if (failure.detail) messages.push({ text: failure.detail });
  messages.push(failure.status === 0 ? { key: 'problem.unreachable' } : { key: 'problem.httpError', params: { fallback: '', status: failure.status } });
  return messages;
}

/**
 * `{{ failure | failureText }}`: a failure in the interface language (the first candidate of
 * failureMessage that has a translation; an unknown rule falls through to the server's words).
 * Impure like bepLongDate: it follows a change of language.
 */
@Pipe({ name: 'failureText', pure: false })
export class FailureTextPipe implements PipeTransform {
  readonly #transloco = inject(TranslocoService);
  readonly #language = inject(LanguageStore).language;

  transform(failure: Failure | null | undefined, conflictKey?: string): string {
    if (!failure) return '';
    const language = this.#language();
    for (const message of failureMessage(failure, conflictKey)) {
      if ('text' in message) return message.text;
      const text = this.#transloco.translate(message.key, message.params, language);
      if (text !== message.key) return text;
    }
    return '';
  }
}
