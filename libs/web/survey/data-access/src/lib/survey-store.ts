import { computed, Injectable, type OnDestroy, signal } from '@angular/core';
import type { SaveSurveySectionRequest, SurveyForm, SurveySection, SurveySectionProgress } from '@bep/contracts';
import { apiFailure, type ApiFailure, problemOf } from '@bep/web/shared/data-access';
import { firstValueFrom, Subject } from 'rxjs';
import type { SurveySource } from './survey-api';

/** How long after a section's last change its answers are saved: a save per pause, not per key. */
export const SURVEY_SAVE_DELAY_MS = 800;

/** What the page shows: the form, or why there is none. */
export type SurveyPageState = 'loading' | 'unknown' | 'expired' | 'submitted' | 'form' | 'failed';

/** The save status line: nothing yet, a save under way, the last one's time, or why it failed. */
export type SurveySaveStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'failed'; failure: ApiFailure };

/** A section's answers as the form holds them; null clears an answer. */
export type SectionAnswers = SaveSurveySectionRequest['answers'];

/** The rules of the link (`urn:bep:<rule>`) that close the form, whatever the call. */
const CLOSING_RULES: Readonly<Record<string, SurveyPageState>> = {
  'survey-link-unknown': 'unknown',
  'survey-link-expired': 'expired',
  'survey-submitted': 'submitted',
};

/**
 * One commune's questionnaire, from its link or a manager's paper copy (`SurveySource`): the form, each section's revision, the progress as the
 * server counts it, and saving as people type. A section's changes wait SURVEY_SAVE_DELAY_MS after
 * the last one; one save per section is in flight, a change made meanwhile is saved after it. A
 * save refused because someone else saved the section first (409) takes the server's section:
 * `replaced` hands it to the page, which puts its answers back into the form; the other sections
 * keep what the person typed. A failed save keeps its answers for `retry`.
 */
@Injectable()
export class SurveyStore implements OnDestroy {
  #source: SurveySource | null = null;

  readonly #form = signal<SurveyForm | null>(null);
  readonly #closed = signal<SurveyPageState | null>(null);
  readonly #loadFailure = signal<ApiFailure | null>(null);
  readonly #progress = signal<readonly SurveySectionProgress[]>([]);
  readonly #saveStatus = signal<SurveySaveStatus>({ kind: 'idle' });
  readonly #conflictSection = signal<string | null>(null);
  readonly #submitting = signal(false);
  readonly #submitFailure = signal<ApiFailure | null>(null);
  readonly #busySections = signal<ReadonlySet<string>>(new Set());

  readonly #revisions = new Map<string, number>();
  /** The answers of each section changed and not yet sent. */
  readonly #pending = new Map<string, SectionAnswers>();
  readonly #timers = new Map<string, ReturnType<typeof setTimeout>>();
  readonly #inFlight = new Set<string>();
  readonly #replaced = new Subject<SurveySection>();

  readonly form = this.#form.asReadonly();
  readonly progress = this.#progress.asReadonly();
  readonly saveStatus = this.#saveStatus.asReadonly();
  readonly loadFailure = this.#loadFailure.asReadonly();
  /** The section someone else saved before the person's change (its answers are now theirs). */
  readonly conflictSection = this.#conflictSection.asReadonly();
  readonly submitting = this.#submitting.asReadonly();
  readonly submitFailure = this.#submitFailure.asReadonly();
  /** A section someone else saved first: its answers as they now stand, for the form to show. */
  readonly replaced = this.#replaced.asObservable();
  /** Changes wait to be saved or are being saved: submitting now would leave them out. */
  readonly unsaved = computed(() => this.#busySections().size > 0);

  readonly state = computed<SurveyPageState>(() => {
    const closed = this.#closed();
    if (closed) return closed;
    if (this.#loadFailure()) return 'failed';
    const form = this.#form();
    if (!form) return 'loading';
    return form.submittedAt ? 'submitted' : 'form';
  });

  load(source: SurveySource): void {
    this.#source = source;
    this.#loadFailure.set(null);
    source.form().subscribe({
      next: (form) => {
        for (const section of form.sections) this.#revisions.set(section.sectionId, section.revision);
        this.#progress.set(form.progress);
        this.#form.set(form);
      },
      error: (error: unknown) => {
        const failure = apiFailure(error);
        if (!this.#closeOn(failure)) this.#loadFailure.set(failure);
      },
    });
  }

  /** The person changed the answers of a section: saved once they pause. */
  edit(sectionId: string, answers: SectionAnswers): void {
    this.#pending.set(sectionId, answers);
    this.#markBusy(sectionId);
    clearTimeout(this.#timers.get(sectionId));
    this.#timers.set(
      sectionId,
      setTimeout(() => {
        this.#timers.delete(sectionId);
        this.#save(sectionId);
      }, SURVEY_SAVE_DELAY_MS),
    );
  }

  /** Saves now what a failed save left (and whatever waits). */
  retry(): void {
    for (const sectionId of [...this.#pending.keys()]) {
      clearTimeout(this.#timers.get(sectionId));
      this.#timers.delete(sectionId);
      this.#save(sectionId);
    }
  }

  /** Sends the questionnaire to BEP; resolves true once sent, false when refused (see submitFailure). */
  async submit(): Promise<boolean> {
    const source = this.#source;
    if (!source) return false;
    this.#submitting.set(true);
    this.#submitFailure.set(null);
    try {
      const { submittedAt } = await firstValueFrom(source.submit());
      this.#form.update((form) => form && { ...form, submittedAt });
      return true;
    } catch (error) {
      const failure = apiFailure(error);
      if (!this.#closeOn(failure)) this.#submitFailure.set(failure);
      return false;
    } finally {
      this.#submitting.set(false);
    }
  }

  ngOnDestroy(): void {
    for (const timer of this.#timers.values()) clearTimeout(timer);
  }

  #save(sectionId: string): void {
    const answers = this.#pending.get(sectionId);
    // One save per section at a time: what changed meanwhile goes once this one is answered.
    const source = this.#source;
    if (!answers || !source || this.#inFlight.has(sectionId)) return;
    this.#pending.delete(sectionId);
    this.#inFlight.add(sectionId);
    this.#saveStatus.set({ kind: 'saving' });
    const revision = this.#revisions.get(sectionId) ?? 0;
    source.saveSection(sectionId, { revision, answers }).subscribe({
      next: ({ section, progress }) => {
        this.#revisions.set(sectionId, section.revision);
        this.#progress.set(progress);
        this.#saveStatus.set({ kind: 'saved', at: new Date() });
        this.#conflictSection.set(null);
        this.#settled(sectionId);
      },
      error: (error: unknown) => {
        const failure = apiFailure(error);
        if (failure.rule === 'survey-section-changed') {
          this.#takeTheirs(sectionId, error);
        } else if (!this.#closeOn(failure)) {
          // Kept for retry, unless the person changed the section again meanwhile (newer answers win).
          if (!this.#pending.has(sectionId)) this.#pending.set(sectionId, answers);
          this.#saveStatus.set({ kind: 'failed', failure });
        }
        this.#settled(sectionId, failure.rule === 'survey-section-changed' ? 'discard' : 'keep');
      },
    });
  }

  /** Someone else saved the section first: theirs is what now stands, the person's change of it is dropped. */
  #takeTheirs(sectionId: string, error: unknown): void {
    const section = (problemOf(error) as { section?: SurveySection } | null)?.section;
    this.#pending.delete(sectionId);
    clearTimeout(this.#timers.get(sectionId));
    this.#timers.delete(sectionId);
    if (section) {
      this.#revisions.set(sectionId, section.revision);
      this.#replaced.next(section);
    }
    this.#conflictSection.set(sectionId);
    this.#saveStatus.set({ kind: 'idle' });
  }

  #settled(sectionId: string, pending: 'keep' | 'discard' = 'keep'): void {
    this.#inFlight.delete(sectionId);
    const failed = this.#saveStatus().kind === 'failed';
    // A change made while this save was in flight, whose pause is already over, goes now.
    if (pending === 'keep' && !failed && this.#pending.has(sectionId) && !this.#timers.has(sectionId)) {
      this.#save(sectionId);
      return;
    }
    if (!this.#pending.has(sectionId) || pending === 'discard') this.#markIdle(sectionId);
  }

  /** A rule of the link closes the form (unknown, expired or submitted link): true when it did. */
  #closeOn(failure: ApiFailure): boolean {
    const state = failure.rule ? CLOSING_RULES[failure.rule] : undefined;
    if (state) this.#closed.set(state);
    return Boolean(state);
  }

  #markBusy(sectionId: string): void {
    this.#busySections.update((sections) => new Set(sections).add(sectionId));
  }

  #markIdle(sectionId: string): void {
    this.#busySections.update((sections) => {
      const next = new Set(sections);
      next.delete(sectionId);
      return next;
    });
  }
}
