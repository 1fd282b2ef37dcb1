import { linkToken } from './link-tokens';
import { maskSurveyLinks, surveyLinkUrl } from './survey-links';

describe('maskSurveyLinks', () => {
  const url = surveyLinkUrl('https://transition.bep.example', linkToken('s'.repeat(40), '0b6f3c2e-4d5a-4e8f-9a1b-2c3d4e5f6a7b'));

  it("cuts every questionnaire link's token out of a text and an HTML message, leaving the rest as it is", () => {
    expect(maskSurveyLinks(`Répondre au questionnaire :\n${url}\n\nÀ bientôt`)).toBe('Répondre au questionnaire :\nhttps://transition.bep.example/questionnaire#…\n\nÀ bientôt');
    expect(maskSurveyLinks(`<a href="${url}">Répondre</a> ou copiez ${url}`)).toBe(
      '<a href="https://transition.bep.example/questionnaire#…">Répondre</a> ou copiez https://transition.bep.example/questionnaire#…',
    );
  });

  it('leaves a message without a link, or with a link already cut, unchanged', () => {
    expect(maskSurveyLinks('Bonjour,\n\nRien à signaler.')).toBe('Bonjour,\n\nRien à signaler.');
    expect(maskSurveyLinks('https://transition.bep.example/questionnaire#…')).toBe('https://transition.bep.example/questionnaire#…');
  });
});
