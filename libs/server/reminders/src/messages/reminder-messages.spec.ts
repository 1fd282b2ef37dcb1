import { engagementReminderMessage, type EngagementMessageFacts } from './reminder-messages';

const facts: EngagementMessageFacts = {
  commune: 'Viroinval',
  communeNis: '93090',
  campaign: 'Radioscopie numérique 2026',
  deadline: '2026-10-31',
  stageEnteredAt: new Date('2026-03-17T09:00:00Z'),
  lead: 'Julien Lambert',
  occurrence: 2,
  maxOccurrences: 3,
  event: null,
  invoice: { number: 'CF-2026-0001', dueDate: '2026-04-16', outstandingCents: 150_000, structuredCommunication: '202600000198' },
  surveyUrl: null,
};
const LINK = 'https://bep.example/questionnaire#AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
const NOW = new Date('2026-03-17T08:00:00Z');

describe('the overdue invoice reminder', () => {
  it('names the invoice, its due date, what remains to pay and the communication to pay it with', () => {
    const message = engagementReminderMessage('invoiceOverdue', facts, new Date('2026-04-17T08:00:00Z'), 'https://bep.example');
    expect(message.subject).toBe('Facture CF-2026-0001 en retard de paiement — Viroinval');
    expect(message.paragraphs[0]).toBe('La facture de cofinancement CF-2026-0001 adressée à Viroinval était payable le 16/04/2026 ; il reste 1 500,00 EUR à payer.');
    expect(message.paragraphs[1]).toContain('+++202/6000/00198+++');
    expect(message.facts).toEqual(
      expect.arrayContaining([
        { label: 'Facture', value: 'CF-2026-0001' },
        { label: 'Échéance', value: '16/04/2026' },
        { label: 'Reste à payer', value: '1 500,00 EUR' },
        { label: 'Communication', value: '+++202/6000/00198+++' },
      ]),
    );
  });

  it('still reads without the invoice (gone since it was planned)', () => {
    const message = engagementReminderMessage('invoiceOverdue', { ...facts, invoice: null }, new Date('2026-04-17T08:00:00Z'), 'https://bep.example');
    expect(message.subject).toBe('Facture en retard de paiement — Viroinval');
    expect(message.paragraphs).toHaveLength(2);
  });
});

describe('the questionnaire invitation and its reminders', () => {
  it.each(['surveyInvitation', 'surveyUnanswered'] as const)('%s carries the commune\'s link as its button', (rule) => {
    const message = engagementReminderMessage(rule, { ...facts, surveyUrl: LINK }, NOW, 'https://bep.example');
    expect(message.action).toEqual({ label: 'Répondre au questionnaire', url: LINK });
    expect(message.paragraphs.join(' ')).toContain('propre à Viroinval');
    expect(message.facts).toContainEqual({ label: 'Date limite', value: '31 octobre 2026' });
  });

  it.each(['surveyInvitation', 'surveyUnanswered'] as const)('%s without a link in force says to ask BEP for a new one, and carries no dead link', (rule) => {
    const message = engagementReminderMessage(rule, facts, NOW, 'https://bep.example');
    expect(message.action).toBeUndefined();
    expect(message.paragraphs.join(' ')).toContain('demandez au BEP un nouveau lien personnel vers le questionnaire de votre commune');
  });

  it('invites in French, the campaign named between French quotes; the reminder says which one it is', () => {
    const invitation = engagementReminderMessage('surveyInvitation', { ...facts, surveyUrl: LINK }, NOW, 'https://bep.example');
    expect(invitation.subject).toBe('Questionnaire de maturité numérique — Viroinval');
    expect(invitation.paragraphs[0]).toContain('«\u00a0Radioscopie numérique 2026\u00a0»');
    const reminder = engagementReminderMessage('surveyUnanswered', { ...facts, surveyUrl: LINK }, NOW, 'https://bep.example');
    expect(reminder.subject).toBe('Rappel\u00a0: questionnaire de maturité numérique — Viroinval');
    expect(reminder.paragraphs).toContain('Ce message est le rappel 2 sur 3.');
  });
});
