import { BreakpointObserver } from '@angular/cdk/layout';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDatepickerInputHarness } from '@angular/material/datepicker/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatSnackBarHarness } from '@angular/material/snack-bar/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Reminder, ReminderPage } from '@bep/contracts';
import { aCampaign, aCommuneList, aReminder, aReminderDetail } from '@bep/web/reminders/data-access/testing';
import { chooseCommune } from '@bep/web/ui-material/testing';
import { LanguageStore } from '@bep/web/shared/i18n';
import { of } from 'rxjs';
import { ReminderListPage } from './reminder-list-page';
import { startRemindersPage } from '../../testing';

const CINEY = aReminder({
  id: '22222222-2222-4222-8222-222222222222',
  occurrence: 3,
  dueAt: '2026-03-21T09:00:00.000Z',
  sendAt: '2026-03-23T07:00:00.000Z',
  engagement: { id: '6c2e8f14-9a3b-4d7e-8f1a-6b4c2d9e0a38', communeNis: '91030', communeName: 'Ciney' },
});
const DIGEST = aReminder({
  id: '33333333-3333-4333-8333-333333333333',
  rule: 'weeklyDigest',
  occurrence: 1,
  engagement: null,
  dueAt: '2026-03-23T07:00:00.000Z',
  sendAt: '2026-03-23T07:00:00.000Z',
});

function page(items: Reminder[], total = items.length): ReminderPage {
  return { items, total, limit: 25, offset: 0 };
}

describe('ReminderListPage', () => {
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;
  let documentLoader: HarnessLoader;
  let http: HttpTestingController;

  async function setUp(compact = false): Promise<void> {
    ({ harness, http, loader } = await startRemindersPage([
          { path: 'rappels/a-venir', component: ReminderListPage, data: { tab: 'upcoming' } },
          { path: 'rappels/envoyes', component: ReminderListPage, data: { tab: 'sent' } },
          { path: 'rappels/echecs', component: ReminderListPage, data: { tab: 'failed' } },
          { path: 'rappels/ignores', component: ReminderListPage, data: { tab: 'skipped' } },
        ], compact ? [{ provide: BreakpointObserver, useValue: { observe: () => of({ matches: true, breakpoints: {} }) } }] : []));
    documentLoader = TestbedHarnessEnvironment.documentRootLoader(harness.fixture);
  }

  afterEach(() => http.verify());

  function listRequest(): TestRequest {
    return http.expectOne((request) => request.url === '/api/reminders');
  }

  /** Opens a list: its page, and once the campaign (for "2 sur 3"); the filter's communes are searched as one types. */
  async function open(url: string, items: Reminder[], total = items.length): Promise<TestRequest> {
    await harness.navigateByUrl(url, ReminderListPage);
    http.expectOne('/api/campaigns/current').flush(aCampaign());
    const request = listRequest();
    request.flush(page(items, total));
    await settle();
    return request;
  }

  async function settle(): Promise<void> {
    await harness.fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  }

  function text(selector: string): string {
    return (harness.routeNativeElement?.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  it('lists the upcoming reminders: when they leave in Brussels time, the rule in words, the commune, "rappel 2 sur 3"', async () => {
    await setUp();
    const request = await open('/rappels/a-venir', [aReminder(), CINEY, DIGEST]);
    expect(request.request.urlWithParams).toBe('/api/reminders?limit=25&offset=0&status=scheduled,sending');

    const cells = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();
    expect(cells['date'].text).toEqual(['16/03/2026 08:00', '23/03/2026 08:00 dû le 21/03/2026 10:00', '23/03/2026 08:00']);
    expect(cells['rule'].text).toEqual(['Questionnaire sans réponse', 'Questionnaire sans réponse', 'Synthèse hebdomadaire']);
    expect(cells['commune'].text).toEqual(['Viroinval', 'Ciney', 'Toute la campagne']);
    expect(cells['occurrence'].text).toEqual(['rappel 2 sur 3', 'rappel 3 sur 3', '—']);
    const link = harness.routeNativeElement?.querySelector('a[href="/communes/93090"]');
    expect(link?.textContent?.trim()).toBe('Viroinval');
    expect(text('[role="status"]')).toBe('3 rappels');
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Envoyer maintenant' }))).toHaveLength(3);
  });

  it('cancels a reminder after confirmation, says so, and reads the list again', async () => {
    await setUp();
    await open('/rappels/a-venir', [aReminder(), CINEY]);

    const [cancel] = await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Annuler' }));
    expect(await (await cancel.host()).getAttribute('aria-label')).toBe('Annuler le rappel «\u00a0Questionnaire sans réponse\u00a0»\u00a0: Viroinval, 16/03/2026 08:00');
    await cancel.click();
    const dialog = await documentLoader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Annuler ce rappel\u00a0?');
    expect(await dialog.getContentText()).toContain('Le rappel «\u00a0Questionnaire sans réponse\u00a0» pour Viroinval, prévu le 16/03/2026 08:00, ne partira pas.');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Annuler le rappel' }))).click();

    const post = http.expectOne(`/api/reminders/${aReminder().id}/cancel`);
    expect(post.request.method).toBe('POST');
    post.flush(aReminder({ status: 'cancelled', skipReason: 'cancelled' }));
    await settle();

    listRequest().flush(page([CINEY]));
    await settle();
    const snackBar = await documentLoader.getHarness(MatSnackBarHarness);
    expect(await snackBar.getMessage()).toBe(
      'Rappel annulé\u00a0: «\u00a0Questionnaire sans réponse\u00a0» pour Viroinval. Il figure désormais parmi les rappels ignorés ou annulés.',
    );
    expect((await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName())['commune'].text).toEqual(['Ciney']);
  });

  it('keeps the reminder when the confirmation is declined', async () => {
    await setUp();
    await open('/rappels/a-venir', [aReminder()]);
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Annuler' }))).click();
    const dialog = await documentLoader.getHarness(MatDialogHarness);
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Garder le rappel' }))).click();
    await settle();
    http.expectNone((request) => request.url.endsWith('/cancel'));
  });

  it('says readably why the server refused: our sentence, then the problem’s detail', async () => {
    await setUp();
    await open('/rappels/a-venir', [aReminder()]);
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Annuler' }))).click();
    await (await (await documentLoader.getHarness(MatDialogHarness)).getHarness(MatButtonHarness.with({ text: 'Annuler le rappel' }))).click();
    http
      .expectOne(`/api/reminders/${aReminder().id}/cancel`)
      .flush(
        { type: 'urn:bep:reminder-status', title: 'Not possible in this status', status: 422, detail: 'Only a scheduled reminder can be cancelled; this one is sent.' },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    await settle();
    listRequest().flush(page([]));
    await settle();

    expect(text('.action-error')).toBe(
      "Le rappel n'a pas pu être annulé. Son statut ne le permet plus : il vient sans doute de partir, d'être écarté ou annulé. La liste a été mise à jour. Réponse du serveur : « Only a scheduled reminder can be cancelled; this one is sent. »",
    );
    expect(harness.routeNativeElement?.querySelector('.action-error')?.getAttribute('role')).toBe('alert');
  });

  it('sends a reminder now and says it leaves', async () => {
    await setUp();
    await open('/rappels/a-venir', [aReminder()]);
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Envoyer maintenant' }))).click();
    const post = http.expectOne(`/api/reminders/${aReminder().id}/send-now`);
    expect(post.request.method).toBe('POST');
    post.flush(aReminder({ sendAt: '2026-03-17T09:00:00.000Z' }));
    await settle();
    listRequest().flush(page([aReminder({ sendAt: '2026-03-17T09:00:00.000Z' })]));
    await settle();
    expect(await (await documentLoader.getHarness(MatSnackBarHarness)).getMessage()).toContain(
      'Envoi demandé\u00a0: «\u00a0Questionnaire sans réponse\u00a0» pour Viroinval part maintenant.',
    );
  });

  it('shows why each failed reminder failed and sends one again', async () => {
    await setUp();
    const failed = aReminder({ status: 'failed', attempts: 5, lastError: '550 5.1.1 Mailbox unavailable' });
    const request = await open('/rappels/echecs', [failed]);
    expect(request.request.params.get('status')).toBe('failed');

    const cells = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();
    expect(cells['reason'].text).toEqual(['550 5.1.1 Mailbox unavailable 5 essais']);
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Renvoyer' }))).click();
    http.expectOne(`/api/reminders/${failed.id}/send-now`).flush(aReminder());
    await settle();
    listRequest().flush(page([]));
    await settle();
    expect(text('.bep-empty-state')).toBe('Aucun échec : tous les envois ont abouti.');
  });

  it('says why a reminder was skipped, and who cancelled one', async () => {
    await setUp();
    const skipped = aReminder({ status: 'skipped', skipReason: 'stage-left' });
    const cancelled = CINEY.status === 'scheduled' ? { ...CINEY, status: 'cancelled' as const, skipReason: 'cancelled' as const } : CINEY;
    const request = await open('/rappels/ignores', [skipped, cancelled]);
    expect(request.request.params.get('status')).toBe('skipped,cancelled');
    http.expectOne(`/api/reminders/${cancelled.id}`).flush(
      aReminderDetail({
        ...cancelled,
        events: [{ at: '2026-03-17T09:00:00.000Z', kind: 'cancelled', detail: 'cancelled', actor: { id: '0b6f1f5c-2f59-4b07-9d0c-1d0f8a0c7a01', name: 'Marie Dupont' } }],
      }),
    );
    await settle();

    const cells = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();
    expect(cells['outcome'].text).toEqual(["Ignoré La commune a répondu / l'engagement a changé d'étape", 'Annulé Annulé par Marie Dupont']);
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Annuler' }))).toHaveLength(0);
  });

  it('puts the filters in the URL, asks again from the first page, and keeps them on the list', async () => {
    await setUp();
    await open('/rappels/envoyes?page=2', [aReminder({ status: 'sent', sentAt: '2026-03-16T07:00:04.000Z' })]);

    const rule = await loader.getHarness(MatSelectHarness);
    await rule.open();
    await rule.clickOptions({ text: 'Facture impayée' });
    await chooseCommune(loader, http, 'gem', aCommuneList(), /Gembloux/);
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Filtrer' }))).click();
    await settle();

    expect(TestBed.inject(Router).url).toBe('/rappels/envoyes?regle=invoiceOverdue&commune=92142');
    expect(listRequest().request.urlWithParams).toBe('/api/reminders?rule=invoiceOverdue&communeNis=92142&limit=25&offset=0&status=sent');
  });

  it('puts a period typed day first in the URL as calendar days', async () => {
    await setUp();
    await open('/rappels/envoyes', []);
    const [from, to] = await loader.getAllHarnesses(MatDatepickerInputHarness);
    await from.setValue('01/03/2026');
    await to.setValue('20/03/2026');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Filtrer' }))).click();
    await settle();
    expect(TestBed.inject(Router).url).toBe('/rappels/envoyes?du=2026-03-01&au=2026-03-20');
    listRequest().flush(page([]));
    await settle();
    expect(await from.getValue()).toBe('01/03/2026');
  });

  it('refuses a period that ends before it starts, and a date typed month first', async () => {
    await setUp();
    await open('/rappels/envoyes', []);
    const [from, to] = await loader.getAllHarnesses(MatDatepickerInputHarness);
    await from.setValue('20/03/2026');
    await to.setValue('01/03/2026');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Filtrer' }))).click();
    await settle();
    expect(text('[role="alert"]')).toBe('La date « au » doit suivre la date « du ».');

    await to.setValue('03/24/2026');
    await to.blur();
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Filtrer' }))).click();
    await settle();
    expect(text('mat-error')).toBe('Date attendue au format jj/mm/aaaa, par exemple 24/03/2026');
    expect(TestBed.inject(Router).url).toBe('/rappels/envoyes');
  });

  it('shows cards on a narrow screen, with the same actions', async () => {
    await setUp(true);
    await open('/rappels/a-venir', [aReminder(), DIGEST]);
    expect(await loader.getAllHarnesses(MatTableHarness)).toHaveLength(0);
    const cards = harness.routeNativeElement?.querySelectorAll('article.bep-card') ?? [];
    expect(cards).toHaveLength(2);
    expect(cards[0].getAttribute('aria-label')).toBe('Questionnaire sans réponse, Viroinval');
    expect(cards[0].textContent?.replace(/\s+/g, ' ')).toContain('rappel 2 sur 3');
    expect(cards[1].getAttribute('aria-label')).toBe('Synthèse hebdomadaire, Toute la campagne');
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Annuler' }))).toHaveLength(2);
  });

  it('opens a reminder’s log, each line in words', async () => {
    await setUp();
    await open('/rappels/envoyes', [aReminder({ status: 'sent', sentAt: '2026-03-16T07:00:04.000Z' })]);
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Journal' }))).click();
    http.expectOne(`/api/reminders/${aReminder().id}`).flush(
      aReminderDetail({
        status: 'sent',
        sentAt: '2026-03-16T07:00:04.000Z',
        attempts: 1,
        recipients: [{ name: 'Secrétariat communal', email: 'secretariat@viroinval.be' }],
        events: [
          { at: '2026-03-09T08:00:00.000Z', kind: 'queued', detail: '2026-03-14T09:00:00.000Z', actor: null },
          { at: '2026-03-14T09:00:01.000Z', kind: 'deferred', detail: '2026-03-16T07:00:00.000Z', actor: null },
          { at: '2026-03-16T06:59:00.000Z', kind: 'resent', detail: '2026-03-16T06:59:00.000Z', actor: { id: '0b6f1f5c-2f59-4b07-9d0c-1d0f8a0c7a01', name: 'Marie Dupont' } },
          { at: '2026-03-16T07:00:04.000Z', kind: 'sent', detail: 'outbox by worker-1:4242', actor: null },
        ],
      }),
    );
    const dialog = await documentLoader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Journal\u00a0: Questionnaire sans réponse');
    const lines = Array.from(document.querySelectorAll('mat-dialog-container .events li')).map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(lines).toEqual([
      '09/03/2026 09:00:00 Programmé Départ prévu le 14/03/2026 10:00 Système',
      "14/03/2026 10:00:01 Reporté Nouveau départ le 16/03/2026 08:00 (fenêtre d'envoi) Système",
      "16/03/2026 07:59:00 Envoi immédiat demandé Départ immédiat, hors fenêtre d'envoi par Marie Dupont",
      "16/03/2026 08:00:04 Envoyé Gardé dans la boîte d'envoi (aucun serveur SMTP) processus worker-1:4242 Système",
    ]);
    expect(await dialog.getContentText()).toContain('Secrétariat communal <secretariat@viroinval.be>');
  });

  it('switches to English: rules, occurrence and count', async () => {
    await setUp();
    await open('/rappels/a-venir', [aReminder()]);
    TestBed.inject(LanguageStore).use('en');
    harness.fixture.detectChanges();
    await settle();
    const cells = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();
    expect(cells['rule'].text).toEqual(['Questionnaire unanswered']);
    expect(cells['occurrence'].text).toEqual(['reminder 2 of 3']);
    expect(text('[role="status"]')).toBe('1 reminder');
  });
});
