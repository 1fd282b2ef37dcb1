import { LATE_KINDS } from './late-work';

describe('late work', () => {
  it('puts what needs a person before the questionnaires the reminders chase', () => {
    expect(LATE_KINDS).toEqual(['diagnostic-not-scheduled', 'activity-overdue', 'survey-unanswered']);
  });
});
