import { HttpErrorResponse } from '@angular/common/http';
import { apiFailure, type ApiFailure } from './api-failure';

/**
 * What failureText needs to speak the interface language: the page's words and the shared words
 * `problem.*` (Transloco's TranslocoService is one). A key without a translation comes back as is.
 */
export interface Translator {
  translate(key: string, params?: Record<string, unknown>): string;
}

/** A sentence about a failure: one of our translations, or the server's own words. */
export type FailureMessage = { key: string; params?: Record<string, unknown> } | { text: string };

/** How a page words the failures of its calls, in its own translation scope. */
export interface FailureWording {
  /**
   * Where the page's sentences of the API's rules are: `commune.rule` reads
   * `commune.rule.note-required` (and first `commune.rule.work-not-done-workshop` for a rule's
   * case). A rule without a sentence falls through to the server's words.
   */
  rules?: string;
  /** A sentence per HTTP status, for what the status means on this page (409: what a conflict means for this action). */
  statuses?: Readonly<Partial<Record<number, string>>>;
  /** The caller's sentence of what failed, said before a bare HTTP status ("Le chargement a échoué. Erreur HTTP 502."). */
  fallback?: string;
}

/**
 * The sentences that may say why a call failed, most specific first: the page's sentence of the
 * rule the problem type names, then of the status, then the server's own words (written for the
 * user), then the shared words for a server that did not answer or for the bare status.
 */
export function failureMessages(failure: ApiFailure, wording: FailureWording = {}): FailureMessage[] {
  const messages: FailureMessage[] = [];
  if (failure.rule && wording.rules) {
    if (failure.ruleCase) messages.push({ key: `${wording.rules}.${failure.rule}-${failure.ruleCase}` });
    messages.push({ key: `${wording.rules}.${failure.rule}` });
  }
  const statusKey = wording.statuses?.[failure.status];
  if (statusKey) messages.push({ key: statusKey });
  if (failure.detail) messages.push({ text: failure.detail });
  messages.push(
    failure.status === 0 ? { key: 'problem.unreachable' } : { key: 'problem.httpError', params: { fallback: wording.fallback ?? '', status: failure.status } },
  );
  return messages;
}

/** The first of failureMessages that has a translation, in the interface language. */
export function failureText(failure: ApiFailure, wording: FailureWording, translator: Translator): string {
  for (const message of failureMessages(failure, wording)) {
    if ('text' in message) return message.text;
    const text = translator.translate(message.key, message.params);
    if (text !== message.key) return text.trim();
  }
  return '';
}

/**
 * A sentence for a failed API call that the page does not word itself: the server's words, else
 * the shared words `problem.*` after the caller's translated `fallback` ("Le chargement des
 * utilisateurs a échoué."). An error that is no HTTP error gets the fallback alone.
 */
export function problemMessage(error: unknown, fallback: string, translator: Translator): string {
  return error instanceof HttpErrorResponse ? failureText(apiFailure(error), { fallback }, translator) : fallback;
}
