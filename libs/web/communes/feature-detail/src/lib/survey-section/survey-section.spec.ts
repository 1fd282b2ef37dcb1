import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatExpansionPanelHarness } from '@angular/material/expansion/testing';
import { MatSnackBarHarness } from '@angular/material/snack-bar/testing';
import { aUser } from '@bep/web/auth/data-access/testing';
import { CAMILLE, ENGAGEMENT_ID, GEMBLOUX_NIS } from '@bep/web/communes/data-access/testing';
import { anEngagementMaturity, anEngagementSurvey } from '@bep/web/survey/data-access/testing';
import { configureCommunePage, maturityUrl, openCommunePage, radars, squash, surveyUrl, type OpenPage } from '../../testing/commune-page-testing';

const HEADING = 'Questionnaire de maturité';
const LINK_URL = `/api/engagements/${ENGAGEMENT_ID}/survey-link`;
const text = (page: OpenPage) => squash(page.section(HEADING).textContent);
const button = (page: OpenPage, label: string) => Array.from(page.section(HEADING).querySelectorAll<HTMLElement>('button, a')).find((candidate) => squash(candidate.textContent) === label);

async function click(page: OpenPage, label: string): Promise<void> {
  button(page, label)?.click();
  await page.settle();
}

async function confirm(page: OpenPage, label: string): Promise<string> {
  const dialog = await page.documentLoader.getHarness(MatDialogHarness);
  const title = await dialog.getTitleText();
  await (await dialog.getHarness(MatButtonHarness.with({ text: label }))).click();
  await page.settle();
  return title;
}

const said = async (page: OpenPage) => squash(await (await page.documentLoader.getHarness(MatSnackBarHarness)).getMessage());

describe('SurveySection', () => {
  beforeEach(() => configureCommunePage());

  it("says how far the questionnaire got and that no link is in force, with a manager's actions", async () => {
    const page = await openCommunePage();
    expect(text(page)).toContain('En cours : 1 section(s) enregistrée(s) sur 2, 33 % des questions répondues.');
    expect(text(page)).toContain("Aucun lien en vigueur : la commune ne peut pas répondre en ligne.");
    expect(button(page, 'Créer un lien')).toBeDefined();
    expect(button(page, 'Révoquer le lien')).toBeUndefined();
    expect(button(page, 'Saisir des réponses papier')?.getAttribute('href')).toBe(`/communes/${GEMBLOUX_NIS}/questionnaire`);
    // Not scored: no radar, no PDF.
    expect(button(page, 'Résumé PDF')).toBeUndefined();
    expect(radars).toEqual([]);
  });

  it('shows a new link once with a copy button, then a new one replaces it after a confirmation', async () => {
    const page = await openCommunePage();
    await click(page, 'Créer un lien');
    page.http.expectOne({ method: 'POST', url: LINK_URL }).flush({ url: 'https://bep.example/questionnaire#abc', issuedAt: '2026-03-17T09:00:00.000Z' });
    await page.settle();
    expect(await said(page)).toBe('Lien créé. Copiez-le maintenant.');
    expect(text(page)).toContain('Il ne sera plus affiché : copiez-le maintenant.');
    expect(page.section(HEADING).querySelector<HTMLInputElement>('input[readonly]')?.value).toBe('https://bep.example/questionnaire#abc');
    expect(text(page)).toContain('Lien en vigueur depuis le 17/03/2026.');

    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    await click(page, 'Copier');
    expect(writeText).toHaveBeenCalledWith('https://bep.example/questionnaire#abc');

    await click(page, 'Nouveau lien');
    expect(await confirm(page, 'Créer un nouveau lien')).toBe('Créer un nouveau lien\u00a0?');
    page.http.expectOne({ method: 'POST', url: LINK_URL }).flush({ url: 'https://bep.example/questionnaire#def', issuedAt: '2026-03-18T09:00:00.000Z' });
    await page.settle();
    expect(page.section(HEADING).querySelector<HTMLInputElement>('input[readonly]')?.value).toBe('https://bep.example/questionnaire#def');
  });

  it('revokes the link after a confirmation, and says so', async () => {
    const page = await openCommunePage({ survey: anEngagementSurvey({ link: { issuedAt: '2026-03-02T08:00:00.000Z' } }) });
    expect(text(page)).toContain('Lien en vigueur depuis le 02/03/2026.');
    await click(page, 'Révoquer le lien');
    expect(await confirm(page, 'Révoquer')).toBe('Révoquer le lien\u00a0?');
    page.http.expectOne({ method: 'DELETE', url: LINK_URL }).flush(null, { status: 204, statusText: 'No Content' });
    await page.settle();
    expect(await said(page)).toBe("Lien révoqué : il n'ouvre plus le questionnaire.");
    expect(text(page)).toContain('Aucun lien en vigueur');
  });

  it('says why no link is issued once the campaign takes no more answers', async () => {
    const page = await openCommunePage();
    await click(page, 'Créer un lien');
    page.http
      .expectOne({ method: 'POST', url: LINK_URL })
      .flush({ type: 'urn:bep:campaign-status', title: 'Closed', status: 409, detail: 'The campaign is closed.' }, { status: 409, statusText: 'Conflict' });
    await page.settle();
    expect(squash(page.section(HEADING).querySelector('[role="alert"]')?.textContent)).toBe('La campagne ne prend plus de réponses en ligne : aucun lien ne peut être créé.');
  });

  it('shows a scored commune its radar against the median, the figures as a table with the movement, and the PDF', async () => {
    const page = await openCommunePage({
      user: aUser(['consultant'], { consultantId: CAMILLE.id }),
      survey: anEngagementSurvey({ submittedAt: '2026-03-10T09:00:00.000Z', submittedVia: 'link' }),
      maturity: anEngagementMaturity(),
    });
    expect(text(page)).toContain('Envoyé le 10/03/2026 par la commune, en ligne.');
    // A consultant reads it but manages no link.
    expect(button(page, 'Créer un lien')).toBeUndefined();
    expect(button(page, 'Saisir des réponses papier')).toBeUndefined();
    expect(text(page)).toContain('Indice global : 51 / 100');
    expect(text(page)).toContain('Médiane de la province : 50 (4 communes de la campagne).');
    const rows = Array.from(page.section(HEADING).querySelectorAll('table tr')).map((row) => Array.from(row.children).map((cell) => squash(cell.textContent)));
    expect(rows).toEqual([
      ['Dimension', 'Score', 'Médiane de la province', 'Évolution depuis « Radioscopie numérique 2024 »'],
      ['Stratégie et investissements numériques', '62', '55,5', '+12'],
      ['Numérique vert', '40', '45', '-'],
    ]);
    expect(radars.at(-1)?.last?.legend).toEqual({ bottom: 0, data: ['Gembloux', 'Médiane de la province'] });
    expect(button(page, 'Résumé PDF')?.getAttribute('href')).toBe(`/api/engagements/${ENGAGEMENT_ID}/survey/summary.pdf`);
  });

  it('lists the answers section by section in words, the unanswered ones said as such', async () => {
    const page = await openCommunePage();
    const panels = await page.loader.getAllHarnesses(MatExpansionPanelHarness);
    expect(await Promise.all(panels.map((panel) => panel.getTitle()))).toEqual(['Stratégie numérique', 'Données ouvertes']);
    expect(await panels[0]?.getDescription()).toBe('1/2 répondues');
    await panels[0]?.expand();
    const first = page.section(HEADING).querySelector('mat-expansion-panel dl');
    expect(Array.from(first?.children ?? []).map((item) => squash(item.textContent))).toEqual(['Avez-vous un plan numérique ?', 'Oui', 'Budget annuel', 'Sans réponse']);
  });

  it('says a campaign without an online questionnaire has none, rather than offering a retry that cannot work', async () => {
    const page = await openCommunePage({ fail: { survey: 500 } });
    expect(button(page, 'Réessayer')).toBeDefined();
    await click(page, 'Réessayer');
    page.http.expectOne(surveyUrl(ENGAGEMENT_ID)).flush({ type: 'urn:bep:survey-none', title: 'No online questionnaire', status: 409 }, { status: 409, statusText: 'Conflict' });
    page.http.expectOne(maturityUrl(ENGAGEMENT_ID)).flush(anEngagementMaturity());
    await page.settle();
    expect(text(page)).toContain("Cette campagne n'a pas de questionnaire en ligne.");
    expect(button(page, 'Réessayer')).toBeUndefined();
  });

  it('is not shown to finance, and asks nothing', async () => {
    const page = await openCommunePage({ user: aUser(['finance']) });
    expect(page.element().textContent).not.toContain(HEADING);
    page.http.expectNone(surveyUrl(ENGAGEMENT_ID));
    page.http.expectNone(maturityUrl(ENGAGEMENT_ID));
  });
});
