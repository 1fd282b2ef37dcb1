import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatSlideToggleHarness } from '@angular/material/slide-toggle/testing';
import { MatSnackBarHarness } from '@angular/material/snack-bar/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Campaign, ReminderSettings } from '@bep/contracts';
import { aCampaign } from '@bep/web/reminders/data-access/testing';
import { ReminderRulesPage } from './reminder-rules-page';
import { startRemindersPage } from '../../testing';

function withSettings(change: (settings: ReminderSettings) => ReminderSettings): Campaign {
  const campaign = aCampaign();
  return { ...campaign, reminderSettings: change(JSON.parse(JSON.stringify(campaign.reminderSettings))) };
}

describe('ReminderRulesPage', () => {
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;
  let http: HttpTestingController;

  beforeEach(async () => {
    ({ harness, http, loader } = await startRemindersPage([{ path: 'rappels/regles', component: ReminderRulesPage }]));
  });

  afterEach(() => http.verify());

  async function open(campaign: Campaign = aCampaign()): Promise<void> {
    await harness.navigateByUrl('/rappels/regles', ReminderRulesPage);
    http.expectOne('/api/campaigns/current').flush(campaign);
    await settle();
  }

  async function settle(): Promise<void> {
    await harness.fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  }

  /** The field labelled `label` in the fieldset of a section of the settings. */
  function field(section: string, label: string): Promise<MatFormFieldHarness> {
    return loader.getChildLoader(`[data-section="${section}"]`).then((child) => child.getHarness(MatFormFieldHarness.with({ floatingLabelText: label })));
  }

  async function input(section: string, label: string): Promise<MatInputHarness> {
    return (await (await field(section, label)).getControl(MatInputHarness)) as MatInputHarness;
  }

  function save(): Promise<void> {
    return loader.getHarness(MatButtonHarness.with({ text: 'Enregistrer les règles' })).then((button) => button.click());
  }

  function patchRequest(): TestRequest {
    return http.expectOne(`/api/campaigns/${aCampaign().id}`);
  }

  it('shows the campaign’s settings with the default of each field', async () => {
    await open(withSettings((s) => ({ ...s, surveyUnanswered: { ...s.surveyUnanswered, maxCount: 4 }, upcomingEvent: { enabled: false, daysBefore: 3 } })));

    expect(await (await input('surveyUnanswered', 'Rappels au plus')).getValue()).toBe('4');
    expect(await (await field('surveyUnanswered', 'Rappels au plus')).getTextHints()).toEqual(['Par défaut\u00a0: 3']);
    expect(await (await input('upcomingEvent', "Jours avant l'événement")).getValue()).toBe('3');
    const toggles = await loader.getAllHarnesses(MatSlideToggleHarness);
    expect(await Promise.all(toggles.map((toggle) => toggle.isChecked()))).toEqual([true, true, true, false, true, true]);
    const days = await loader.getAllHarnesses(MatCheckboxHarness);
    expect(await Promise.all(days.map((day) => day.isChecked()))).toEqual([true, true, true, true, true, false, false]);
    expect(harness.routeNativeElement?.textContent).toContain('Les règles de rappel de la campagne «\u00a0Radioscopie numérique 2026\u00a0».');
  });

  it("switches the questionnaire's invitation off like any other rule, saying who it writes to", async () => {
    await open();
    const invitation = await loader.getChildLoader('[data-section="surveyInvitation"]');
    expect(harness.routeNativeElement?.querySelector('[data-section="surveyInvitation"] legend')?.textContent).toContain('Envoi du questionnaire');
    expect(harness.routeNativeElement?.querySelector('[data-section="surveyInvitation"] .recipients')?.textContent).toContain('Au binôme de la commune');
    await (await invitation.getHarness(MatSlideToggleHarness)).toggle();
    await save();

    const request = patchRequest();
    expect(request.request.body).toEqual({ reminderSettings: { surveyInvitation: { enabled: false } } });
    request.flush(withSettings((s) => ({ ...s, surveyInvitation: { enabled: false } })));
    await settle();
  });

  it('saves only what changed, and says so', async () => {
    await open();
    await (await input('surveyUnanswered', 'Puis tous les (jours)')).setValue('10');
    await (await loader.getAllHarnesses(MatSlideToggleHarness))[4].toggle();
    const weekday = (await (await field('weeklyDigest', 'Jour')).getControl(MatSelectHarness)) as MatSelectHarness;
    await weekday.open();
    await weekday.clickOptions({ text: 'Vendredi' });
    await (await loader.getHarness(MatCheckboxHarness.with({ label: 'Samedi' }))).check();
    await save();

    const request = patchRequest();
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({
      reminderSettings: {
        surveyUnanswered: { repeatEveryDays: 10 },
        invoiceOverdue: { enabled: false },
        weeklyDigest: { weekday: 'friday' },
        sendingWindow: { workingDays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] },
      },
    });
    request.flush(withSettings((s) => ({ ...s, surveyUnanswered: { ...s.surveyUnanswered, repeatEveryDays: 10 } })));
    await settle();
    const snackBar = await TestbedHarnessEnvironment.documentRootLoader(harness.fixture).getHarness(MatSnackBarHarness);
    expect(await snackBar.getMessage()).toBe('Règles de rappel enregistrées.');
    expect(await (await input('surveyUnanswered', 'Puis tous les (jours)')).getValue()).toBe('10');
  });

  it('says what is wrong in words and sends nothing', async () => {
    await open();
    await (await input('surveyUnanswered', 'Rappels au plus')).setValue('25');
    await (await input('diagnosticNotScheduled', 'Après la demande (jours)')).setValue('');
    await (await input('upcomingEvent', "Jours avant l'événement")).setValue('1.5');
    for (const day of ['Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi']) {
      await (await loader.getHarness(MatCheckboxHarness.with({ label: day }))).uncheck();
    }
    await (await input('sendingWindow', 'De')).setValue('18:00');
    await (await input('sendingWindow', 'À')).setValue('08:00');
    await save();
    await settle();

    expect(await (await field('surveyUnanswered', 'Rappels au plus')).getTextErrors()).toEqual(['Au plus 20.']);
    expect(await (await field('diagnosticNotScheduled', 'Après la demande (jours)')).getTextErrors()).toEqual(['Saisissez une valeur.']);
    expect(await (await field('upcomingEvent', "Jours avant l'événement")).getTextErrors()).toEqual(['Saisissez un nombre entier.']);
    const alerts = Array.from(harness.routeNativeElement?.querySelectorAll('[role="alert"]') ?? []).map((alert) => alert.textContent?.trim());
    expect(alerts).toEqual(["Cochez au moins un jour d'envoi.", 'La fenêtre doit se terminer après son début.', "Corrigez les champs signalés avant d'enregistrer."]);
    http.expectNone(`/api/campaigns/${aCampaign().id}`);
  });

  it('shows the server’s refusal field by field', async () => {
    await open();
    await (await input('sendingWindow', 'À')).setValue('19:00');
    await save();
    patchRequest().flush(
      {
        type: 'about:blank',
        title: 'Unprocessable Entity',
        status: 422,
        detail: 'The reminder settings are inconsistent.',
        errors: [{ path: 'reminderSettings.sendingWindow.to', message: 'the window must end after it starts' }],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await settle();
    const error = harness.routeNativeElement?.querySelector('.bep-form-error');
    expect(error?.getAttribute('role')).toBe('alert');
    expect(error?.querySelector('p')?.textContent?.trim()).toBe('Le serveur refuse ces règles\u00a0:');
    expect(Array.from(error?.querySelectorAll('li') ?? []).map((item) => item.textContent?.trim())).toEqual(["Fenêtre d'envoi · À : the window must end after it starts"]);
  });

  it('puts the defaults back in the form, to be saved, and undoes changes', async () => {
    await open(withSettings((s) => ({ ...s, diagnosticNotScheduled: { enabled: true, afterDays: 30 } })));
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Reprendre les valeurs par défaut' }))).click();
    expect(await (await input('diagnosticNotScheduled', 'Après la demande (jours)')).getValue()).toBe('21');
    expect(harness.routeNativeElement?.querySelector('.notice')?.textContent).toContain('Les valeurs par défaut sont dans le formulaire');

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Annuler les modifications' }))).click();
    expect(await (await input('diagnosticNotScheduled', 'Après la demande (jours)')).getValue()).toBe('30');

    await save();
    await settle();
    expect(await (await TestbedHarnessEnvironment.documentRootLoader(harness.fixture).getHarness(MatSnackBarHarness)).getMessage()).toBe(
      'Aucune modification à enregistrer.',
    );
  });

  it('says when no campaign is current', async () => {
    await harness.navigateByUrl('/rappels/regles', ReminderRulesPage);
    http.expectOne('/api/campaigns/current').flush({ type: 'about:blank', title: 'Not Found', status: 404 }, { status: 404, statusText: 'Not Found' });
    await settle();
    expect(harness.routeNativeElement?.textContent).toContain("Aucune campagne n'est en cours");
    expect(harness.routeNativeElement?.querySelector('form')).toBeNull();
  });
});
