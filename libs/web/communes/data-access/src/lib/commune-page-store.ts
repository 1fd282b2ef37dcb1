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
import { ActivitiesApi, EngagementMoves, EngagementsApi, type MoveResult } from '@bep/web/engagements/data-access';
import { Loadable } from '@bep/web/shared/data-access';
import { firstValueFrom, map } from 'rxjs';
import { CommunesApi } from './communes-api';
import { permissionsOn } from './commune-permissions';
import { ContactsApi } from './contacts-api';

/** Far more than a commune has (a few contacts, a few dozen activities per campaign). */
const CONTACTS_PAGE = 200;
const ACTIVITIES_PAGE = 500;

/**
 * One commune's page: the commune, its engagement in the current campaign (stage, team and
 * timeline), its contacts and the engagement's activities, each loaded on its own so that one
 * failing section does not blank the others. Provided by the page, so each page has its own.
 *
 * The changes return a promise that rejects with the HTTP error (the forms show its messages);
 * on success the sections that the change affects are refreshed. A stage move resolves with its
 * MoveResult instead (EngagementMoves of @bep/web/engagements/data-access), as on the other pages.
 */
@Injectable()
export class CommunePageStore {
  readonly #communes = inject(CommunesApi);
  readonly #contacts = inject(ContactsApi);
  readonly #engagements = inject(EngagementsApi);
  readonly #activities = inject(ActivitiesApi);
  readonly #moves = inject(EngagementMoves);
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
    this.commune.load(this.#communes.list({ q: nis }).pipe(map((list) => list.items.find((commune) => commune.nis === nis) ?? null)), () => {
      this.loadEngagement();
      this.loadActivities();
    });
  }

  loadEngagement(): void {
    const id = this.engagementId();
    if (id) this.engagement.load(this.#engagements.detail(id));
  }

  loadActivities(): void {
    const engagementId = this.engagementId();
    if (engagementId) this.activities.load(this.#activities.list({ engagementId, limit: ACTIVITIES_PAGE }).pipe(map((page) => page.items)));
  }

  loadContacts(): void {
    const nis = this.#nis();
    if (nis) this.contacts.load(this.#contacts.list(nis, { limit: CONTACTS_PAGE }).pipe(map((page) => page.items)));
  }

  /**
   * Moves the engagement, as the user on it (permissions().actor), with the version they saw. The
   * page shows the new stage at once and reads the engagement again for its timeline; on a
   * conflict (409) someone else moved it first, and it is read again to show where it stands now.
   */
  async move(to: Stage, note?: string): Promise<MoveResult> {
    const engagement = this.#engagement();
    const result = await this.#moves.move({ engagement, actor: this.permissions().actor, to, note });
    if (result.status === 'moved') {
      const { stage, stageEnteredAt, version, lead } = result.engagement;
      this.engagement.set({ ...engagement, stage, stageEnteredAt, version, lead });
      this.loadEngagement();
    } else if (result.status === 'conflict') {
      this.loadEngagement();
    }
    return result;
  }

  async assign(leadId: string | null, consultantIds: string[]): Promise<EngagementDetail> {
    const assigned = await firstValueFrom(this.#engagements.assign(this.#engagement().id, { leadId, consultantIds }));
    this.engagement.set(assigned);
    return assigned;
  }

  async createActivity(request: CreateActivityRequest): Promise<Activity> {
    const activity = await firstValueFrom(this.#activities.create(this.#engagement().id, request));
    this.#activitiesChanged();
    return activity;
  }

  async updateActivity(id: string, patch: UpdateActivityRequest): Promise<Activity> {
    const activity = await firstValueFrom(this.#activities.update(id, patch));
    this.#activitiesChanged();
    return activity;
  }

  async deleteActivity(id: string): Promise<void> {
    await firstValueFrom(this.#activities.remove(id));
    this.#activitiesChanged();
  }

  /** Creates the contact, or changes the one with `id`. */
  async saveContact(id: string | null, request: CreateContactRequest & UpdateContactRequest): Promise<Contact> {
    const nis = this.#nis() ?? '';
    const contact = await firstValueFrom(id ? this.#contacts.update(id, request) : this.#contacts.create(nis, request));
    this.loadContacts();
    return contact;
  }

  async deleteContact(id: string): Promise<void> {
    await firstValueFrom(this.#contacts.remove(id));
    this.loadContacts();
  }

  exportContact(id: string): Promise<ContactExport> {
    return firstValueFrom(this.#contacts.exportData(id));
  }

  /** The activities name their participants: they are reloaded too, without the erased name. */
  async eraseContact(id: string): Promise<Contact> {
    const erased = await firstValueFrom(this.#contacts.erase(id));
    this.loadContacts();
    this.loadActivities();
    return erased;
  }

  /** An activity was logged elsewhere on the page (the quick log): the sections that show it read it again. */
  activityLogged(): void {
    this.#activitiesChanged();
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
