import { computed, inject, Injectable, signal } from '@angular/core';
import type {
  Activity,
  CommuneSummary,
  Contact,
  ContactExport,
  CreateActivityRequest,
  CreateContactRequest,
  EngagementDetail,
  UpdateActivityRequest,
  UpdateContactRequest,
} from '@bep/contracts';
import type { Stage } from '@bep/domain';
import { AuthStore } from '@bep/web/auth/data-access';
import { PipelineApi } from '@bep/web/engagements/data-access';
import { httpStatusOf, Loadable } from '@bep/web/shared/data-access';
import { firstValueFrom, map } from 'rxjs';
import { permissionsOn } from './commune-permissions';

/** Far more than a commune has (a few contacts, a few dozen activities per campaign). */
const CONTACTS_PAGE = 200;
const ACTIVITIES_PAGE = 500;

/**
 * One commune's page: the commune, its engagement in the current campaign (stage, team and
 * timeline), its contacts and the engagement's activities, each loaded on its own so that one
 * failing section does not blank the others. Provided by the page, so each page has its own.
 *
 * The changes return a promise that rejects with the HTTP error (the forms show its messages);
 * on success the sections that the change affects are refreshed.
 */
@Injectable()
export class CommunePageStore {
  readonly #api = inject(PipelineApi);
  readonly #auth = inject(AuthStore);
  readonly #nis = signal<string | null>(null);

  /** Null once loaded: there is no commune with that NIS code. */
  readonly commune = new Loadable<CommuneSummary | null>();
  readonly engagement = new Loadable<EngagementDetail>();
  readonly contacts = new Loadable<Contact[]>();
  readonly activities = new Loadable<Activity[]>();

  readonly nis = this.#nis.asReadonly();
  /** The commune's engagement in the current campaign, if it has one. */
  readonly engagementId = computed(() => this.commune.value()?.engagement?.id ?? null);
  readonly permissions = computed(() => permissionsOn(this.#auth.user(), this.engagement.value()));

  /** Shows the commune with this NIS code, forgetting the one shown before. */
  open(nis: string): void {
    for (const section of [this.commune, this.engagement, this.contacts, this.activities]) section.reset();
    this.#nis.set(nis);
    this.loadCommune();
    this.loadContacts();
  }

  /** The commune, found by its NIS code (which the free-text filter matches), then its engagement. */
  loadCommune(): void {
    const nis = this.#nis();
    if (!nis) return;
    this.commune.load(this.#api.communes({ q: nis }).pipe(map((list) => list.items.find((commune) => commune.nis === nis) ?? null)), () => {
      this.loadEngagement();
      this.loadActivities();
    });
  }

  loadEngagement(): void {
    const id = this.engagementId();
    if (id) this.engagement.load(this.#api.engagement(id));
  }

  loadActivities(): void {
    const engagementId = this.engagementId();
    if (engagementId) this.activities.load(this.#api.activities({ engagementId, limit: ACTIVITIES_PAGE }).pipe(map((page) => page.items)));
  }

  loadContacts(): void {
    const nis = this.#nis();
    if (nis) this.contacts.load(this.#api.contacts(nis, { limit: CONTACTS_PAGE }).pipe(map((page) => page.items)));
  }

  /**
   * Moves the engagement, with the version the user saw. On a 409 someone else moved it first:
   * the page reloads it so that the user sees where it stands now.
   */
  async move(to: Stage, note?: string): Promise<EngagementDetail> {
    const { id, version } = this.#engagement();
    try {
      const moved = await firstValueFrom(this.#api.transition(id, { to, version, ...(note ? { note } : {}) }));
      this.engagement.set(moved);
      return moved;
    } catch (error) {
      if (httpStatusOf(error) === 409) this.loadEngagement();
      throw error;
    }
  }

  async assign(leadId: string | null, consultantIds: string[]): Promise<EngagementDetail> {
    const assigned = await firstValueFrom(this.#api.assign(this.#engagement().id, { leadId, consultantIds }));
    this.engagement.set(assigned);
    return assigned;
  }

  async createActivity(request: CreateActivityRequest): Promise<Activity> {
    const activity = await firstValueFrom(this.#api.createActivity(this.#engagement().id, request));
    this.#activitiesChanged();
    return activity;
  }

  async updateActivity(id: string, patch: UpdateActivityRequest): Promise<Activity> {
    const activity = await firstValueFrom(this.#api.updateActivity(id, patch));
    this.#activitiesChanged();
    return activity;
  }

  async deleteActivity(id: string): Promise<void> {
    await firstValueFrom(this.#api.deleteActivity(id));
    this.#activitiesChanged();
  }

  /** Creates the contact, or changes the one with `id`. */
  async saveContact(id: string | null, request: CreateContactRequest & UpdateContactRequest): Promise<Contact> {
    const nis = this.#nis() ?? '';
    const contact = await firstValueFrom(id ? this.#api.updateContact(id, request) : this.#api.createContact(nis, request));
    this.loadContacts();
    return contact;
  }

  async deleteContact(id: string): Promise<void> {
    await firstValueFrom(this.#api.deleteContact(id));
    this.loadContacts();
  }

  exportContact(id: string): Promise<ContactExport> {
    return firstValueFrom(this.#api.exportContact(id));
  }

  /** The activities name their participants: they are reloaded too, without the erased name. */
  async eraseContact(id: string): Promise<Contact> {
    const erased = await firstValueFrom(this.#api.eraseContact(id));
    this.loadContacts();
    this.loadActivities();
    return erased;
  }

  /** An activity shows on the timeline too. */
  #activitiesChanged(): void {
    this.loadActivities();
    this.loadEngagement();
  }

  #engagement(): EngagementDetail {
    const engagement = this.engagement.value();
    if (!engagement) throw new Error('The commune has no engagement loaded.');
    return engagement;
  }
}
