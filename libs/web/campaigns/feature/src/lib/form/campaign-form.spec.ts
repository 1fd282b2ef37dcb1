import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder } from '@angular/forms';
import { DEFAULT_REMINDER_SETTINGS } from '@bep/contracts';
import { aCampaign } from '@bep/web/campaigns/data-access/testing';
import { campaignForm, createRequest, updatePatch } from './campaign-form';

const fb = () => TestBed.inject(NonNullableFormBuilder);

describe('campaign form', () => {
  it('starts a new campaign at the defaults: 50 % BEP share, no VAT, billed at the workshop, the default reminders', () => {
    const form = campaignForm(fb(), null);
    expect(form.getRawValue()).toMatchObject({ name: '', startsOn: null, diagnosticPrice: '', diagnosticShare: '50', dayRate: '0,00', dayShare: '0', vatCategory: 'O', billingStage: 'workshop_held', envelope: '0,00' });
    expect(form.valid).toBe(false);
  });

  it('creates with amounts typed in euros as cents, shares in per cent as basis points, and only the reminder settings that differ', () => {
    const form = campaignForm(fb(), null);
    form.patchValue({
      name: ' Radioscopie numérique 2027 ',
      startsOn: '2027-04-26',
      endsOn: '2027-12-31',
      deadline: '2027-12-17',
      diagnosticPrice: '5 200,50',
      diagnosticShare: '42,5',
      dayRate: '900',
      dayShare: '25',
      vatCategory: 'S',
      billingStage: 'diagnostic_requested',
      envelope: '30 000',
    });
    form.controls.reminderSettings.controls.surveyUnanswered.controls.maxCount.setValue(4);
    expect(form.valid).toBe(true);
    expect(createRequest(form)).toEqual({
      name: 'Radioscopie numérique 2027',
      startsOn: '2027-04-26',
      endsOn: '2027-12-31',
      deadline: '2027-12-17',
      prices: { currency: 'EUR', vatCategory: 'S', diagnostic: { priceCents: 520_050, bepShareBp: 4250 }, accompanimentDay: { rateCents: 90_000, bepShareBp: 2500 } },
      billingStage: 'diagnostic_requested',
      reminderSettings: { surveyUnanswered: { maxCount: 4 } },
      budget: { envelopeCents: 3_000_000, currency: 'EUR' },
    });
  });

  it('refuses an amount that is no amount, a share over 100 % and an end before the start', () => {
    const form = campaignForm(fb(), aCampaign());
    form.patchValue({ diagnosticPrice: '5.000,00', diagnosticShare: '120', endsOn: '2026-01-01', deadline: '2026-01-31' });
    expect(form.controls.diagnosticPrice.hasError('amount')).toBe(true);
    expect(form.controls.diagnosticShare.hasError('share')).toBe(true);
    expect([form.hasError('endsOn'), form.hasError('deadline')]).toEqual([true, true]);
  });

  it('patches only what changed, down to one price and one reminder field; nothing when nothing changed', () => {
    const campaign = aCampaign();
    const form = campaignForm(fb(), campaign);
    expect(form.getRawValue()).toMatchObject({ diagnosticPrice: '5000,00', diagnosticShare: '50', envelope: '20000,00' });
    expect(updatePatch(campaign, form)).toBeNull();
    form.patchValue({ deadline: '2026-11-30', diagnosticShare: '40', envelope: '25 000,00' });
    form.controls.reminderSettings.controls.weeklyDigest.controls.weekday.setValue('friday');
    expect(updatePatch(campaign, form)).toEqual({
      deadline: '2026-11-30',
      prices: { diagnostic: { bepShareBp: 4000 } },
      reminderSettings: { weeklyDigest: { weekday: 'friday' } },
      budget: { envelopeCents: 2_500_000 },
    });
    expect(campaign.reminderSettings).toEqual(DEFAULT_REMINDER_SETTINGS);
  });
});
