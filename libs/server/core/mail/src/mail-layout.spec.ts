import { escapeHtml, MAIL_SIGNATURE, renderMailLayout } from './mail-layout';

describe('escapeHtml', () => {
  it('escapes the five characters that change the meaning of HTML text or attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>Fosses & Cie</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Fosses &amp; Cie&lt;/a&gt;');
    expect(escapeHtml('Éghezée — déjà vu')).toBe('Éghezée — déjà vu');
  });
});

describe('renderMailLayout', () => {
  const commune = 'Fosses-la-Ville <script>alert(1)</script> & Cie';
  const url = 'https://transition.bep.example/engagements/42?tab=questionnaire&from=mail';
  const mail = renderMailLayout({
    title: `Questionnaire de ${commune}`,
    greeting: 'Bonjour,',
    paragraphs: [`Le questionnaire de ${commune} attend votre réponse.`, 'Première ligne\nseconde ligne'],
    facts: [{ label: 'Commune', value: commune }],
    action: { label: 'Répondre au questionnaire', url },
    footer: `Vous recevez ce message en tant que contact de ${commune}.`,
  });

  it('shows every value escaped in the HTML and never lets markup through', () => {
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('Questionnaire de Fosses-la-Ville &lt;script&gt;alert(1)&lt;/script&gt; &amp; Cie</h1>');
    expect(mail.html).toContain('<title>Questionnaire de Fosses-la-Ville &lt;script&gt;alert(1)&lt;/script&gt; &amp; Cie</title>');
    expect(mail.html).toContain('>Fosses-la-Ville &lt;script&gt;alert(1)&lt;/script&gt; &amp; Cie</td>');
    expect(mail.html).toContain('Première ligne<br>seconde ligne');
  });

  it('shows the values verbatim in the text', () => {
    expect(mail.text).toContain(`Questionnaire de ${commune}\n\nBonjour,\n\nLe questionnaire de ${commune} attend votre réponse.`);
    expect(mail.text).toContain(`Commune\u00a0: ${commune}`);
    expect(mail.text).toContain(`Vous recevez ce message en tant que contact de ${commune}.\n${MAIL_SIGNATURE}\n`);
    expect(mail.text).not.toContain('&amp;');
  });

  it('puts the link in both: a button and the spelled-out address in HTML, the address in text', () => {
    const href = 'https://transition.bep.example/engagements/42?tab=questionnaire&amp;from=mail';
    expect(mail.html.match(new RegExp(`href="${href.replace(/[.?]/g, '\\$&')}"`, 'g'))).toHaveLength(2);
    expect(mail.html).toContain('>Répondre au questionnaire</a>');
    expect(mail.text).toContain(`Répondre au questionnaire\u00a0:\n${url}\n`);
  });

  it('lays out a message with only a title and paragraphs', () => {
    const bare = renderMailLayout({ title: 'Titre', paragraphs: ['Texte.'] });
    expect(bare.text).toBe(`Titre\n\nTexte.\n\n-- \n${MAIL_SIGNATURE}\n`);
    expect(bare.html).not.toContain('<a ');
    expect(bare.html).toContain('<html lang="fr">');
  });

  it('refuses a link that is not an http(s) address', () => {
    expect(() => renderMailLayout({ title: 'T', paragraphs: [], action: { label: 'Ouvrir', url: 'javascript:alert(1)' } })).toThrow('must be an http(s) address');
  });
});
