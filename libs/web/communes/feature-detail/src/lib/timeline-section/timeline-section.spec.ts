import type { TimelineEntry } from '@bep/contracts';
import { aUser } from '@bep/web/auth/data-access/testing';
import { anEngagement, CAMILLE, ENGAGEMENT_ID, GEMBLOUX_TIMELINE } from '@bep/web/communes/data-access/testing';
import { aReminder } from '@bep/web/notifications/data-access/testing';
import { LanguageStore } from '@bep/web/shared/i18n';
import { TestBed } from '@angular/core/testing';
import { configureCommunePage, openCommunePage, remindersUrl, squash } from '../../testing/commune-page-testing';

const MARIE = { id: 'u1', name: 'Marie Dupont' };

/** A reminder entry of the timeline as the API writes it (ReminderTimeline). */
function reminderEntry(at: string, details: Record<string, unknown>, actor: TimelineEntry['actor'] = null): TimelineEntry {
  return {
    kind: 'reminder',
    at,
    actor,
    summary: 'Rappel',
    details: { reminderId: `r-${at}`, rule: 'surveyUnanswered', occurrence: 1, status: 'sent', skipReason: null, lastError: null, dueAt: at, sendAt: at, sentAt: null, ...details },
  };
}

const REMINDERS: TimelineEntry[] = [
  reminderEntry('2026-03-09T08:00:00.000Z', { occurrence: 1, status: 'sent', sentAt: '2026-03-09T08:00:00.000Z' }),
  reminderEntry('2026-03-10T09:30:00.000Z', { rule: 'diagnosticNotScheduled', status: 'skipped', skipReason: 'diagnostic-scheduled' }),
  reminderEntry('2026-03-11T10:00:00.000Z', { rule: 'upcomingEvent', status: 'cancelled', skipReason: 'cancelled' }, MARIE),
  reminderEntry('2026-03-12T08:00:00.000Z', { rule: 'invoiceOverdue', occurrence: 2, status: 'failed', lastError: '550 Boîte inconnue' }),
  reminderEntry('2026-03-23T08:00:00.000Z', { occurrence: 2, status: 'scheduled' }),
];

describe('TimelineSection', () => {
  beforeEach(() => configureCommunePage());

  it('tells the history newest first, in French, at Brussels time', async () => {
    const page = await openCommunePage({
      engagement: anEngagement({
        timeline: [
          ...GEMBLOUX_TIMELINE,
          {
            kind: 'activity',
            at: '2019-06-12T12:00:00.000Z',
            actor: CAMILLE,
            summary: 'diagnostic: Diagnostic sur place',
            details: { activityId: 'a1', type: 'diagnostic', subject: 'Diagnostic sur place', scheduledAt: '2019-06-12T12:00:00.000Z', completedAt: null, location: 'Hôtel de ville de Gembloux', outcome: null },
          },
        ],
      }),
    });
    const section = page.section('Historique');
    const entries = Array.from(section.querySelectorAll('li')).map((entry) => ({
      meta: squash(entry.querySelector('.meta')?.textContent),
      summary: squash(entry.querySelector('.summary')?.textContent),
      note: squash(entry.querySelector('.note')?.textContent),
    }));

    expect(section.textContent).toContain('Du plus récent au plus ancien.');
    expect(entries).toEqual([
      { meta: 'Activité 12/06/2019 14:00 par Camille Dubois', summary: 'Diagnostic : Diagnostic sur place (prévue)', note: 'Lieu : Hôtel de ville de Gembloux' },
      { meta: 'Équipe 03/05/2019 11:00 par Marie Dupont', summary: 'Équipe : Camille Dubois (responsable : Camille Dubois)', note: '' },
      {
        meta: "Changement d'étape 03/05/2019 10:15 par Marie Dupont",
        summary: 'Questionnaire complété → Diagnostic demandé',
        note: 'Note : Demande reçue par e-mail',
      },
      { meta: "Changement d'étape 02/05/2019 11:30 par Marie Dupont", summary: 'Questionnaire envoyé → Questionnaire complété', note: '' },
      { meta: "Changement d'étape 29/04/2019 00:00 automatiquement", summary: "Entrée à l'étape « Questionnaire envoyé »", note: '' },
    ]);
    expect(section.querySelector('time')?.getAttribute('datetime')).toBe('2019-06-12T12:00:00.000Z');
  });

  it('says that a manager overrode the missing work, with the note', async () => {
    const override: TimelineEntry = {
      kind: 'stage-change',
      at: '2019-06-20T10:00:00.000Z',
      actor: MARIE,
      summary: 'diagnostic_requested -> workshop_held',
      details: { from: 'diagnostic_requested', to: 'workshop_held', note: 'Atelier tenu sur papier', overrides: 'work-not-done', missing: 'workshop' },
    };
    const page = await openCommunePage({ engagement: anEngagement({ stage: 'workshop_held', timeline: [...GEMBLOUX_TIMELINE, override] }) });
    const notes = Array.from(page.section('Historique').querySelectorAll('.note')).map((note) => squash(note.textContent));
    expect(notes).toEqual(['Passé outre : Atelier tenu sur papier', 'Note : Demande reçue par e-mail']);
  });

  it('says when nothing happened yet', async () => {
    const page = await openCommunePage({ engagement: anEngagement({ timeline: [] }) });
    expect(page.section('Historique').textContent).toContain("Rien n'est encore arrivé à cet engagement.");
  });

  it('says why the history could not be loaded', async () => {
    const page = await openCommunePage({ fail: { engagement: 500 } });
    expect(squash(page.section('Historique').querySelector('[role="alert"]')?.textContent)).toBe(
      "Impossible de charger l'historique. Le serveur a un problème. Réessayer",
    );
  });

  describe('invoices', () => {
    /** An invoice entry of the timeline as the API writes it (InvoiceTimeline). */
    const invoiceEntry = (at: string, details: Record<string, unknown>, actor: TimelineEntry['actor'] = MARIE): TimelineEntry => ({
      kind: 'invoice',
      at,
      actor,
      summary: 'Facture',
      details: { invoiceId: 'f1', number: 'CF-2026-0001', amountCents: 250_000, status: 'issued', ...details },
    });
    const INVOICES: TimelineEntry[] = [
      invoiceEntry('2026-03-16T14:00:00.000Z', { action: 'draft', number: null, status: 'draft', fromPipeline: true }, null),
      invoiceEntry('2026-03-17T09:00:00.000Z', { action: 'issue' }),
      invoiceEntry('2026-03-20T09:30:00.000Z', { action: 'payment', amountCents: 100_000, paidOn: '2026-03-19' }),
      invoiceEntry('2026-03-21T10:00:00.000Z', { action: 'credit', invoiceId: 'n1', number: 'NC-2026-0001', amountCents: 50_000, creditedInvoiceId: 'f1', creditedNumber: 'CF-2026-0001' }),
    ];
    const invoicesOf = (section: HTMLElement) =>
      Array.from(section.querySelectorAll('ol.timeline > li.invoice')).map((entry) => ({
        meta: squash(entry.querySelector('.meta')?.textContent),
        summary: squash(entry.querySelector('.summary')?.textContent),
        link: entry.querySelector('.summary a')?.getAttribute('href') ?? null,
      }));

    it('tells each step of an invoice in words, each linked to its page for finance', async () => {
      const page = await openCommunePage({ user: aUser(['finance']), engagement: anEngagement({ timeline: INVOICES }) });

      expect(invoicesOf(page.section('Historique'))).toEqual([
        { meta: 'Facture 21/03/2026 11:00 par Marie Dupont', summary: 'Note de crédit NC-2026-0001 émise — 500,00 €, sur la facture CF-2026-0001', link: '/factures/n1' },
        { meta: 'Facture 20/03/2026 10:30 par Marie Dupont', summary: 'Paiement de la facture CF-2026-0001 reçu le 19/03/2026 — 1 000,00 €', link: '/factures/f1' },
        { meta: 'Facture 17/03/2026 10:00 par Marie Dupont', summary: 'Facture CF-2026-0001 émise — 2 500,00 €', link: '/factures/f1' },
        { meta: 'Facture 16/03/2026 15:00 automatiquement', summary: 'Brouillon de facture créé — 2 500,00 €', link: '/factures/f1' },
      ]);
      expect(page.section('Historique').querySelectorAll('li.invoice svg.icon')).toHaveLength(4);
    });

    it('says them in English too', async () => {
      const page = await openCommunePage({ engagement: anEngagement({ timeline: INVOICES }) });
      TestBed.inject(LanguageStore).use('en');
      await page.settle();

      expect(invoicesOf(page.section('History')).map((entry) => entry.summary)).toEqual([
        'Credit note NC-2026-0001 issued — 500,00 €, against invoice CF-2026-0001',
        'Payment of invoice CF-2026-0001 received on 19/03/2026 — 1 000,00 €',
        'Invoice CF-2026-0001 issued — 2 500,00 €',
        'Draft invoice created — 2 500,00 €',
      ]);
      TestBed.inject(LanguageStore).use('fr');
    });

    it('links them for a manager, and for no one who may not open the Factures pages', async () => {
      const manager = await openCommunePage({ engagement: anEngagement({ timeline: INVOICES }) });
      expect(invoicesOf(manager.section('Historique')).map((entry) => entry.link)).toEqual(['/factures/n1', '/factures/f1', '/factures/f1', '/factures/f1']);
      TestBed.resetTestingModule();
      configureCommunePage();

      const admin = await openCommunePage({ user: aUser(['admin']), engagement: anEngagement({ timeline: INVOICES }) });
      const entries = invoicesOf(admin.section('Historique'));
      expect(entries.map((entry) => entry.link)).toEqual([null, null, null, null]);
      expect(entries[2]?.summary).toBe('Facture CF-2026-0001 émise — 2 500,00 €');
    });
  });

  describe('reminders', () => {
    const entriesOf = (section: HTMLElement) =>
      Array.from(section.querySelectorAll('ol.timeline > li')).map((entry) => ({
        meta: squash(entry.querySelector('.meta')?.textContent),
        summary: squash(entry.querySelector('.summary')?.textContent),
        more: squash(Array.from(entry.querySelectorAll('.detail, .note')).map((line) => line.textContent).join(' ')),
      }));

    it('says each reminder in words: its rule, its place in the series, its status and why', async () => {
      const page = await openCommunePage({ engagement: anEngagement({ timeline: REMINDERS }) });
      const section = page.section('Historique');

      expect(entriesOf(section)).toEqual([
        { meta: 'Rappel 23/03/2026 09:00 automatiquement', summary: 'Prochain rappel le 23 mars à 09:00', more: 'Rappel questionnaire (2 sur 3)' },
        { meta: 'Rappel 12/03/2026 09:00 automatiquement', summary: 'Rappel facture échue (2 sur 3) en échec', more: 'Erreur : 550 Boîte inconnue' },
        { meta: 'Rappel 11/03/2026 11:00 par Marie Dupont', summary: 'Rappel activité à venir annulé', more: '' },
        {
          meta: 'Rappel 10/03/2026 10:30 automatiquement',
          summary: 'Rappel diagnostic non planifié ignoré : un diagnostic a été planifié',
          more: '',
        },
        { meta: 'Rappel 09/03/2026 09:00 automatiquement', summary: 'Rappel questionnaire (1 sur 3) envoyé', more: '' },
      ]);
      expect(section.querySelectorAll('li.reminder svg.icon')).toHaveLength(5);
    });

    it('says them in English too', async () => {
      const page = await openCommunePage({ engagement: anEngagement({ timeline: REMINDERS }) });
      TestBed.inject(LanguageStore).use('en');
      await page.settle();

      expect(entriesOf(page.section('History')).map((entry) => entry.summary)).toEqual([
        'Next reminder on 23 March at 09:00',
        'Overdue invoice reminder (2 of 3) failed',
        'Upcoming activity reminder cancelled',
        'Unscheduled diagnostic reminder skipped: a diagnostic was scheduled',
        'Survey reminder (1 of 3) sent',
      ]);
      TestBed.inject(LanguageStore).use('fr');
    });

    it('lists the reminders still to leave above the history', async () => {
      const page = await openCommunePage({
        reminders: [
          aReminder({ id: 'a', engagement: { id: ENGAGEMENT_ID, communeNis: '92142', communeName: 'Gembloux' } }),
          aReminder({ id: 'b', occurrence: 3, sendAt: '2026-03-30T07:00:00.000Z' }),
        ],
      });
      const upcoming = page.section('Historique').querySelector('.upcoming');

      expect(squash(upcoming?.querySelector('h3')?.textContent)).toBe('Rappels prévus');
      expect(Array.from(upcoming?.querySelectorAll('li') ?? []).map((item) => squash(item.textContent))).toEqual([
        'Rappel questionnaire (2 sur 3), le 23 mars à 09:00',
        'Rappel questionnaire (3 sur 3), le 30 mars à 09:00',
      ]);
    });

    it('shows no list when none is to leave, and says why it could not be loaded', async () => {
      const none = await openCommunePage();
      expect(none.section('Historique').querySelector('.upcoming')).toBeNull();
      TestBed.resetTestingModule();
      configureCommunePage();

      const failing = await openCommunePage({ fail: { reminders: 500 } });
      expect(squash(failing.section('Historique').querySelector('.upcoming [role="alert"]')?.textContent)).toBe(
        'Impossible de charger les rappels prévus. Le serveur a un problème. Réessayer',
      );
    });

    it("asks nothing of the reminders of a team a consultant is not on (the API would refuse)", async () => {
      const page = await openCommunePage({ user: aUser(['consultant'], { consultantId: 'someone-else' }) });
      page.http.expectNone(remindersUrl(ENGAGEMENT_ID));
      expect(page.section('Historique').querySelector('.upcoming')).toBeNull();
    });

    it("reads them for a consultant of the team", async () => {
      const page = await openCommunePage({ user: aUser(['consultant'], { consultantId: CAMILLE.id }), reminders: [aReminder()] });
      expect(page.section('Historique').querySelectorAll('.upcoming li')).toHaveLength(1);
    });
  });
});
