import type { ActivityType } from '@bep/domain';

/** What the quick log offers: what happens on the phone and at a commune between two diagnostics. */
export type QuickLogType = Extract<ActivityType, 'call' | 'note' | 'meeting'>;
export const QUICK_LOG_TYPES: readonly QuickLogType[] = ['call', 'note', 'meeting'];

/**
 * How a call ended. The API's outcome is free text: the chosen answer is written there in the
 * interface language, so that the history reads it as a person would have typed it.
 */
export const CALL_OUTCOMES = ['reached', 'noAnswer', 'leftMessage'] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

/** The activity's outcome: the chosen answer, then what was typed ("Message laissé — rappelle lundi"). */
export function quickLogOutcome(answer: string | null, text: string): string {
  return [answer, text.trim()].filter(Boolean).join(' — ');
}
