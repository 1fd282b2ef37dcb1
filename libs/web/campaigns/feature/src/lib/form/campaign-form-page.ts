import { ChangeDetectionStrategy, Component, computed, inject, input, type OnInit, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
// A value of the contracts (which bring zod): this page is lazy-loaded, like the others that read them.
import { type Campaign, CAMPAIGN_BILLING_STAGES } from '@bep/contracts';
import { CampaignsStore } from '@bep/web/campaigns/data-access';
import { REMINDER_SETTINGS_DEFAULTS } from '@bep/web/reminders/data-access';
import { ReminderSettingsFields } from '@bep/web/reminders/feature';
import { apiFailure, FailureTextPipe, type ApiFailure } from '@bep/web/shared/data-access';
import { BelgianDateField } from '@bep/web/ui-material';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { campaignFailureText } from '../campaign-failure';
import { CommunesWithoutContactSection } from '../without-contact/communes-without-contact';
import { campaignForm, campaignFormValue, createRequest, updatePatch, VAT_CATEGORIES } from './campaign-form';

/** A field the server refused, with its own message (`prices.diagnostic.priceCents`: "too big"). */
interface Refusal {
  field: string;
  message: string;
}

/**
 * /campagnes/nouvelle and /campagnes/{id} (managers): a campaign's settings in one form (dates
 * through the fr-BE date picker, amounts in euros with a decimal comma, shares in per cent, the
 * VAT, the billing stage, the envelope and the reminder settings). Creating opens the campaign's
 * engagements; saving sends only what changed. An archived campaign's form is read-only.
 */
@Component({
  selector: 'bep-campaign-form-page',
  imports: [
    BelgianDateField,
    CommunesWithoutContactSection,
    FailureTextPipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    ReactiveFormsModule,
    ReminderSettingsFields,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './campaign-form-page.html',
  styleUrl: './campaign-form-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CampaignFormPage implements OnInit {
  /** The campaign's id from the route (`:id`); absent on /campagnes/nouvelle. */
  readonly id = input<string>();

  readonly #store = inject(CampaignsStore);
  readonly #router = inject(Router);
  readonly #snackBar = inject(MatSnackBar);
  readonly #transloco = inject(TranslocoService);
  readonly #fb = inject(NonNullableFormBuilder);

  protected readonly billingStages = CAMPAIGN_BILLING_STAGES;
  protected readonly vatCategories = VAT_CATEGORIES;
  protected readonly form = campaignForm(this.#fb, null);
  protected readonly c = this.form.controls;
  protected readonly campaign = signal<Campaign | null>(null);
  protected readonly loadFailure = signal<ApiFailure | null>(null);
  protected readonly loading = signal(false);
  protected readonly saving = signal(false);
  protected readonly submitted = signal(false);
  protected readonly saveError = signal<string | null>(null);
  protected readonly refusals = signal<Refusal[]>([]);
  protected readonly readOnly = computed(() => this.campaign()?.status === 'archived');
  protected readonly timeZone = computed(() => this.campaign()?.reminderSettings.sendingWindow.timeZone ?? REMINDER_SETTINGS_DEFAULTS.sendingWindow.timeZone);

  ngOnInit(): void {
    void this.load();
  }

  protected async load(): Promise<void> {
    const id = this.id();
    if (!id) return;
    this.loading.set(true);
    this.loadFailure.set(null);
    try {
      this.#show(await this.#store.detail(id));
    } catch (error) {
      this.loadFailure.set(apiFailure(error));
    } finally {
      this.loading.set(false);
    }
  }

  protected async save(): Promise<void> {
    this.submitted.set(true);
    this.saveError.set(null);
    this.refusals.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.saveError.set(this.#transloco.translate('campaigns.form.invalid'));
      return;
    }
    const campaign = this.campaign();
    const patch = campaign && updatePatch(campaign, this.form);
    if (campaign && !patch) {
      this.#announce('campaigns.done.unchanged', {});
      return;
    }
    this.saving.set(true);
    try {
      if (campaign && patch) {
        const saved = await this.#store.update(campaign.id, patch);
        this.#show(saved);
        this.#announce('campaigns.done.saved', { name: saved.name });
      } else {
        const created = await this.#store.create(createRequest(this.form));
        this.#announce('campaigns.done.created', { name: created.name, count: created.engagements.total });
        void this.#router.navigate(['/campagnes']);
      }
    } catch (error) {
      const failure = apiFailure(error);
      this.refusals.set(Object.entries(failure.fields).map(([field, message]) => ({ field, message })));
      this.saveError.set(`${this.#transloco.translate('campaigns.failed.save')} ${campaignFailureText(error, this.#transloco)}`);
    } finally {
      this.saving.set(false);
    }
  }

  /** What is wrong with a date, in words, once the user left it or tried to save (a day missing, an end before the start). */
  protected dayError(field: 'startsOn' | 'endsOn' | 'deadline'): string | null {
    const control = this.c[field];
    if (!control.touched && !this.submitted()) return null;
    if (control.hasError('required')) return this.#transloco.translate('campaigns.form.errors.required');
    if (field !== 'startsOn' && this.form.hasError(field)) return this.#transloco.translate(`campaigns.form.errors.${field}`);
    return null;
  }

  #show(campaign: Campaign): void {
    this.campaign.set(campaign);
    this.form.reset(campaignFormValue(campaign));
    if (campaign.status === 'archived') this.form.disable();
    this.submitted.set(false);
  }

  #announce(key: string, params: Record<string, unknown>): void {
    this.#snackBar.open(this.#transloco.translate(key, params), undefined, { duration: 5000 });
  }
}
