import { FormControl, type FormGroup, type NonNullableFormBuilder, type ValidatorFn, Validators } from '@angular/forms';
import type { Campaign, CAMPAIGN_BILLING_STAGES, CreateCampaignRequest, UpdateCampaignRequest } from '@bep/contracts';
import { REMINDER_SETTINGS_DEFAULTS } from '@bep/web/reminders/data-access';
import { formValueOf, settingsForm, settingsOf, settingsPatch, type EditableSettings, type SettingsForm } from '@bep/web/reminders/feature';
import { formatScaled, parseBasisPoints, parseCents } from '@bep/web/shared/data-access';

/** A stage a campaign may bill at (the contract's CAMPAIGN_BILLING_STAGES), and its VAT categories. */
export type BillingStage = (typeof CAMPAIGN_BILLING_STAGES)[number];
export const VAT_CATEGORIES = ['O', 'S'] as const;
export type VatCategory = (typeof VAT_CATEGORIES)[number];

type Text = FormControl<string>;
type Day = FormControl<string | null>;

export type CampaignForm = FormGroup<{
  name: Text;
  startsOn: Day;
  endsOn: Day;
  deadline: Day;
  /** Euros as typed ("5 000,00"): stored as cents. */
  diagnosticPrice: Text;
  /** Per cent as typed ("50"): stored as basis points. */
  diagnosticShare: Text;
  dayRate: Text;
  dayShare: Text;
  vatCategory: FormControl<VatCategory>;
  billingStage: FormControl<BillingStage>;
  envelope: Text;
  reminderSettings: SettingsForm;
}>;

const amount: ValidatorFn = (control) => (parseCents(String(control.value ?? '')) === null ? { amount: true } : null);
const share: ValidatorFn = (control) => (parseBasisPoints(String(control.value ?? '')) === null ? { share: true } : null);
/** The API's rule: the end and the deadline are not before the start (calendar days compare as text). */
const datesInOrder: ValidatorFn = (group) => {
  const { startsOn, endsOn, deadline } = (group as CampaignForm).getRawValue();
  const errors = {
    ...(startsOn && endsOn && endsOn < startsOn ? { endsOn: true } : {}),
    ...(startsOn && deadline && deadline < startsOn ? { deadline: true } : {}),
  };
  return Object.keys(errors).length ? errors : null;
};

const euros = (cents: number) => formatScaled(cents, 2);
const percent = (basisPoints: number) => formatScaled(basisPoints, 2, false);

/** The form of a campaign's settings, filled with `campaign`'s, or with a new campaign's defaults. */
export function campaignForm(fb: NonNullableFormBuilder, campaign: Campaign | null): CampaignForm {
  const prices = campaign?.prices;
  const day = (value: string | null): Day => new FormControl<string | null>(value, Validators.required);
  return fb.group(
    {
      name: fb.control(campaign?.name ?? '', [Validators.required, Validators.maxLength(200)]),
      startsOn: day(campaign?.startsOn ?? null),
      endsOn: day(campaign?.endsOn ?? null),
      deadline: day(campaign?.deadline ?? null),
      diagnosticPrice: fb.control(prices ? euros(prices.diagnostic.priceCents) : '', [Validators.required, amount]),
      diagnosticShare: fb.control(percent(prices?.diagnostic.bepShareBp ?? 5000), [Validators.required, share]),
      dayRate: fb.control(euros(prices?.accompanimentDay.rateCents ?? 0), [Validators.required, amount]),
      dayShare: fb.control(percent(prices?.accompanimentDay.bepShareBp ?? 0), [Validators.required, share]),
      vatCategory: fb.control<VatCategory>(prices?.vatCategory ?? 'O'),
      billingStage: fb.control<BillingStage>((campaign?.billingStage as BillingStage | undefined) ?? 'workshop_held'),
      envelope: fb.control(euros(campaign?.budget.envelopeCents ?? 0), [Validators.required, amount]),
      reminderSettings: settingsForm(fb, campaign?.reminderSettings ?? REMINDER_SETTINGS_DEFAULTS),
    },
    { validators: datesInOrder },
  );
}

/** The form's values for `form.reset()`, as campaignForm fills them. */
export function campaignFormValue(campaign: Campaign) {
  return {
    name: campaign.name,
    startsOn: campaign.startsOn,
    endsOn: campaign.endsOn,
    deadline: campaign.deadline,
    diagnosticPrice: euros(campaign.prices.diagnostic.priceCents),
    diagnosticShare: percent(campaign.prices.diagnostic.bepShareBp),
    dayRate: euros(campaign.prices.accompanimentDay.rateCents),
    dayShare: percent(campaign.prices.accompanimentDay.bepShareBp),
    vatCategory: campaign.prices.vatCategory,
    billingStage: campaign.billingStage as BillingStage,
    envelope: euros(campaign.budget.envelopeCents),
    reminderSettings: formValueOf(campaign.reminderSettings),
  };
}

/** The settings a valid form holds, in the API's units (cents, basis points). */
function settingsOfForm(form: CampaignForm) {
  const value = form.getRawValue();
  const required = <T>(parsed: T | null, field: string): T => {
    if (parsed === null) throw new Error(`The form is invalid: ${field}`);
    return parsed;
  };
  return {
    name: value.name.trim(),
    startsOn: required(value.startsOn, 'startsOn'),
    endsOn: required(value.endsOn, 'endsOn'),
    deadline: required(value.deadline, 'deadline'),
    diagnostic: { priceCents: required(parseCents(value.diagnosticPrice), 'diagnosticPrice'), bepShareBp: required(parseBasisPoints(value.diagnosticShare), 'diagnosticShare') },
    accompanimentDay: { rateCents: required(parseCents(value.dayRate), 'dayRate'), bepShareBp: required(parseBasisPoints(value.dayShare), 'dayShare') },
    vatCategory: value.vatCategory,
    billingStage: value.billingStage,
    envelopeCents: required(parseCents(value.envelope), 'envelope'),
    reminderSettings: settingsOf(value.reminderSettings),
  };
}

/** POST /api/campaigns of a valid form; the reminder settings only where they differ from the defaults. */
export function createRequest(form: CampaignForm): CreateCampaignRequest {
  const s = settingsOfForm(form);
  return {
    name: s.name,
    startsOn: s.startsOn,
    endsOn: s.endsOn,
    deadline: s.deadline,
    prices: { currency: 'EUR', vatCategory: s.vatCategory, diagnostic: s.diagnostic, accompanimentDay: s.accompanimentDay },
    billingStage: s.billingStage,
    reminderSettings: settingsPatch(REMINDER_SETTINGS_DEFAULTS, s.reminderSettings),
    budget: { envelopeCents: s.envelopeCents, currency: 'EUR' },
  };
}

/**
 * PATCH /api/campaigns/{id} of a valid form: only what differs from `campaign`, down to one price
 * or one reminder field (two managers changing different settings do not undo each other); null
 * when nothing changed.
 */
export function updatePatch(campaign: Campaign, form: CampaignForm): UpdateCampaignRequest | null {
  const s = settingsOfForm(form);
  const was = campaign.prices;
  const changed = <T>(before: T, after: T): T | undefined => (JSON.stringify(before) === JSON.stringify(after) ? undefined : after);
  const diagnostic = { priceCents: changed(was.diagnostic.priceCents, s.diagnostic.priceCents), bepShareBp: changed(was.diagnostic.bepShareBp, s.diagnostic.bepShareBp) };
  const accompanimentDay = {
    rateCents: changed(was.accompanimentDay.rateCents, s.accompanimentDay.rateCents),
    bepShareBp: changed(was.accompanimentDay.bepShareBp, s.accompanimentDay.bepShareBp),
  };
  const prices = definedOnly({ vatCategory: changed(was.vatCategory, s.vatCategory), diagnostic: definedOnly(diagnostic), accompanimentDay: definedOnly(accompanimentDay) });
  const reminderSettings = settingsPatch(campaign.reminderSettings as EditableSettings, s.reminderSettings);
  const patch = definedOnly({
    name: changed(campaign.name, s.name),
    startsOn: changed(campaign.startsOn, s.startsOn),
    endsOn: changed(campaign.endsOn, s.endsOn),
    deadline: changed(campaign.deadline, s.deadline),
    prices,
    billingStage: changed(campaign.billingStage, s.billingStage),
    reminderSettings: Object.keys(reminderSettings).length ? reminderSettings : undefined,
    budget: changed(campaign.budget.envelopeCents, s.envelopeCents) === undefined ? undefined : { envelopeCents: s.envelopeCents },
  });
  return patch ? (patch as UpdateCampaignRequest) : null;
}

/** The object without its undefined fields; undefined when none is left. */
function definedOnly<T extends object>(value: T): Partial<T> | undefined {
  const entries = Object.entries(value).filter(([, field]) => field !== undefined);
  return entries.length ? (Object.fromEntries(entries) as Partial<T>) : undefined;
}
