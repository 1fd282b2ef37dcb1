import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatTabsModule } from '@angular/material/tabs';
import { ActivatedRoute, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { ReminderSettingsStore, RemindersStore, type ReminderTab } from '@bep/web/reminders/data-access';
import { BepNumberPipe, BepPluralPipe, featureWordsReady } from '@bep/web/shared/i18n';
import { TranslocoPipe } from '@jsverse/transloco';
import { distinctUntilChanged, map } from 'rxjs';
import { filtersFromQuery, tabQuery } from '../filters/reminder-query';

interface Section {
  path: string;
  key: string;
  /** The list whose count the tab shows. */
  tab?: ReminderTab;
  /** Whether the link carries the reminders' filters (the outbox reads the commune). */
  filtered: boolean;
}

/** /rappels: the heading, then tabs between the lists (with their counts), the outbox and the rules. */
@Component({
  selector: 'bep-reminders-layout',
  imports: [BepNumberPipe, BepPluralPipe, MatTabsModule, RouterLink, RouterLinkActive, RouterOutlet, TranslocoPipe],
  template: `
    <h1>{{ 'page.reminders' | transloco }}</h1>
    <p class="intro">
      @if (settings.campaign(); as campaign) {
        {{ 'reminders.intro' | transloco: { campaign: campaign.name } }}
      } @else {
        {{ 'reminders.introNoCampaign' | transloco }}
      }
    </p>
    <!-- The sections wait for the page's words: a select rendered before its options' labels arrive keeps a blank choice. -->
    @if (wordsReady()) {
      <nav mat-tab-nav-bar class="sections" [tabPanel]="panel" [disablePagination]="true" [attr.aria-label]="'reminders.tabs.label' | transloco">
        @for (section of sections; track section.path) {
          <a
            mat-tab-link
            [routerLink]="section.path"
            [queryParams]="section.filtered ? linkQuery() : {}"
            routerLinkActive
            #active="routerLinkActive"
            [active]="active.isActive"
          >
            {{ section.key | transloco }}
            @if (section.tab) {
              <!-- Always there, hidden until counted, so that the tabs keep their width when the counts arrive. -->
              <span class="count" [class.pending]="counts()[section.tab] === undefined" aria-hidden="true">{{ counts()[section.tab] ?? 0 | bepNumber }}</span>
              @if (counts()[section.tab] !== undefined) {
                <span class="bep-visually-hidden">
                  ({{ 'reminders.tabs.count' | bepPlural: counts()[section.tab]! | transloco: { count: (counts()[section.tab]! | bepNumber) } }})
                </span>
              }
            }
          </a>
        }
      </nav>
      <mat-tab-nav-panel #panel class="panel">
        <router-outlet />
      </mat-tab-nav-panel>
    }
  `,
  styles: `
    :host {
      display: block;
      min-width: 0;
    }
    .intro {
      margin: -0.5rem 0 1rem;
      color: var(--mat-sys-on-surface-variant);
    }
    /* On a narrow screen the six sections wrap onto several lines rather than hide behind arrows. */
    .sections ::ng-deep .mat-mdc-tab-links {
      flex-wrap: wrap;
    }
    .count {
      display: inline-block;
      min-width: 2em;
      margin-left: 0.5em;
      padding: 0 0.4em;
      border-radius: 999px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font: var(--mat-sys-label-medium);
      text-align: center;
    }
    .count.pending {
      visibility: hidden;
    }
    .panel {
      display: block;
      padding-top: 1.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RemindersLayout {
  protected readonly settings = inject(ReminderSettingsStore);
  readonly #reminders = inject(RemindersStore);

  protected readonly sections: Section[] = [
    { path: 'a-venir', key: 'reminders.tabs.upcoming', tab: 'upcoming', filtered: true },
    { path: 'envoyes', key: 'reminders.tabs.sent', tab: 'sent', filtered: true },
    { path: 'echecs', key: 'reminders.tabs.failed', tab: 'failed', filtered: true },
    { path: 'ignores', key: 'reminders.tabs.skipped', tab: 'skipped', filtered: true },
    { path: 'boite-d-envoi', key: 'reminders.tabs.outbox', filtered: false },
    { path: 'regles', key: 'reminders.tabs.rules', filtered: false },
  ];

  readonly #filters = toSignal(inject(ActivatedRoute).queryParamMap.pipe(map(filtersFromQuery)), { requireSync: true });
  /** The reminders' filters, from the first page, for the links between the lists. */
  protected readonly linkQuery = computed(() => tabQuery(this.#filters()));
  protected readonly counts = this.#reminders.counts;
  /** The route's words (scope `reminders`) have arrived in the interface language. */
  protected readonly wordsReady = featureWordsReady('intro');

  constructor() {
    // Read afresh on each visit of the page: another manager may have changed the rules.
    this.settings.load();
    // The counts follow the filters, not the page: a new page asks for no new counts.
    inject(ActivatedRoute)
      .queryParamMap.pipe(
        map((query) => ({ ...filtersFromQuery(query), pageIndex: 0 })),
        distinctUntilChanged((a, b) => JSON.stringify(a) === JSON.stringify(b)),
        takeUntilDestroyed(),
      )
      .subscribe((filters) => this.#reminders.loadCounts(filters));
  }
}
