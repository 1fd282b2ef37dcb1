import { anEngagement, CAMILLE, GEMBLOUX_TIMELINE } from '@bep/web/communes/data-access/testing';
import { configureCommunePage, openCommunePage, squash } from '../../testing/commune-page-testing';

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
            details: { activityId: 'a1', type: 'diagnostic', subject: 'Diagnostic sur place', scheduledAt: '2019-06-12T12:00:00.000Z', completedAt: null, outcome: null },
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
      { meta: 'Activité 12/06/2019 14:00 par Camille Dubois', summary: 'Diagnostic : Diagnostic sur place (prévue)', note: '' },
      { meta: 'Équipe 03/05/2019 11:00 par Marie Dupont', summary: 'Équipe : Camille Dubois (responsable : Camille Dubois)', note: '' },
      {
        meta: "Changement d'étape 03/05/2019 10:15 par Marie Dupont",
        summary: 'Questionnaire complété → Diagnostic demandé',
        note: 'Note : Demande reçue par e-mail',
      },
      { meta: "Changement d'étape 02/05/2019 11:30 par Marie Dupont", summary: 'Questionnaire envoyé → Questionnaire complété', note: '' },
      { meta: "Changement d'étape 29/04/2019 00:00 automatiquement", summary: 'Entrée à l’étape « Questionnaire envoyé »', note: '' },
    ]);
    expect(section.querySelector('time')?.getAttribute('datetime')).toBe('2019-06-12T12:00:00.000Z');
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
});
