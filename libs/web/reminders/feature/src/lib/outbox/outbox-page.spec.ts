import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatPaginatorHarness } from '@angular/material/paginator/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { MailMessage } from '@bep/contracts';
import { aCommuneList, aMailMessage, aReminderDetail } from '@bep/web/reminders/data-access/testing';
import { chooseCommune } from '@bep/web/ui-material/testing';
import { OutboxPage } from './outbox-page';
import { startRemindersPage } from '../../testing';

const DIGEST = aMailMessage({
  id: '1e4f6a8c-2b1d-4c3e-9f5a-7d8b6c4e2a11',
  reminderId: null,
  transport: 'smtp',
  to: [
    { name: 'Marie Gestionnaire', email: 'manager@bep.demo' },
    { name: 'Paul Gestionnaire', email: 'paul@bep.demo' },
  ],
  subject: 'Synthèse de la semaine',
  sentAt: '2026-03-16T07:00:00.000Z',
});

describe('OutboxPage', () => {
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;
  let http: HttpTestingController;

  beforeEach(async () => {
    ({ harness, http, loader } = await startRemindersPage([{ path: 'rappels/boite-d-envoi', component: OutboxPage }]));
  });

  afterEach(() => http.verify());

  function messagesRequest(): TestRequest {
    return http.expectOne((request) => request.url === '/api/mail-messages');
  }

  async function open(url: string, items: MailMessage[], total = items.length): Promise<TestRequest> {
    await harness.navigateByUrl(url, OutboxPage);
    const request = messagesRequest();
    request.flush({ items, total, limit: 25, offset: 0 });
    await settle();
    return request;
  }

  async function settle(): Promise<void> {
    await harness.fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  }

  it('lists the messages, newest first: date, recipients, subject and how each left', async () => {
    const request = await open('/rappels/boite-d-envoi', [DIGEST, aMailMessage()], 60);
    expect(request.request.urlWithParams).toBe('/api/mail-messages?limit=25&offset=0');

    const cells = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();
    expect(cells['sentAt'].text).toEqual(['16/03/2026 08:00', '09/03/2026 08:00']);
    expect(cells['to'].text).toEqual([
      'Marie Gestionnaire <manager@bep.demo> Paul Gestionnaire <paul@bep.demo>',
      'Secrétariat communal <secretariat@viroinval.be>',
    ]);
    expect(cells['subject'].text).toEqual(['Synthèse de la semaine', 'Rappel : questionnaire de la radioscopie numérique']);
    expect(cells['transport'].text).toEqual(['Parti par SMTP', "Resté dans l'application"]);
    expect(harness.routeNativeElement?.querySelector('[role="status"]')?.textContent?.trim()).toBe('60 messages');
    expect(await (await loader.getHarness(MatPaginatorHarness)).getRangeLabel()).toBe('1 – 25 sur 60');
  });

  it('filters by commune through the URL', async () => {
    await open('/rappels/boite-d-envoi?page=2', [aMailMessage()]);
    await chooseCommune(loader, http, 'viro', aCommuneList(), /Viroinval/);
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Filtrer' }))).click();
    await settle();
    expect(TestBed.inject(Router).url).toBe('/rappels/boite-d-envoi?commune=93090');
    expect(messagesRequest().request.urlWithParams).toBe('/api/mail-messages?communeNis=93090&limit=25&offset=0');
  });

  it('opens a message as its recipient sees it: the HTML in a sandboxed frame without scripts, the plain text beside it', async () => {
    const hostile = aMailMessage({ html: '<p>Bonjour</p><script>parent.document.title = "pwned"</script>' });
    await open('/rappels/boite-d-envoi', [hostile]);
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Ouvrir' }))).click();
    await settle();

    const dialog = await TestbedHarnessEnvironment.documentRootLoader(harness.fixture).getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Rappel : questionnaire de la radioscopie numérique');
    const content = await dialog.getContentText();
    expect(content).toContain("Aucun serveur SMTP n'est configuré\u00a0: ce message n'a pas quitté l'application.");
    expect(content).toContain('Secrétariat communal <secretariat@viroinval.be>');

    const frame = document.querySelector<HTMLIFrameElement>('mat-dialog-container iframe');
    expect(frame?.getAttribute('sandbox')).toBe('');
    expect(frame?.srcdoc).toBe(hostile.html);
    expect(frame?.title).toBe('Le message «\u00a0Rappel : questionnaire de la radioscopie numérique\u00a0» tel que le destinataire le voit');
    const plain = document.querySelector('mat-dialog-container details');
    expect(plain?.querySelector('summary')?.textContent?.trim()).toBe('Texte brut');
    expect(plain?.querySelector('pre')?.textContent).toBe(hostile.text);
  });

  it('leads from a message to its reminder’s log', async () => {
    await open('/rappels/boite-d-envoi', [aMailMessage()]);
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Ouvrir' }))).click();
    const documentLoader = TestbedHarnessEnvironment.documentRootLoader(harness.fixture);
    const dialog = await documentLoader.getHarness(MatDialogHarness);
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Journal du rappel' }))).click();
    http.expectOne(`/api/reminders/${aMailMessage().reminderId}`).flush(aReminderDetail());
    const dialogs = await documentLoader.getAllHarnesses(MatDialogHarness);
    expect(await dialogs[1].getTitleText()).toBe('Journal\u00a0: Questionnaire sans réponse');
  });

  it('says the outbox is empty', async () => {
    await open('/rappels/boite-d-envoi', []);
    expect(harness.routeNativeElement?.querySelector('.bep-empty-state')?.textContent?.trim()).toBe("La boîte d'envoi est vide.");
  });
});
