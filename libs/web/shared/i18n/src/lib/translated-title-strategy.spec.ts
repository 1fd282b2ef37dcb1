import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter, Router, RouterOutlet, TitleStrategy } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideI18nTesting } from '../testing';
import { LanguageStore } from './language-store';
import { TranslatedTitleStrategy } from './translated-title-strategy';

@Component({ template: '<router-outlet />', imports: [RouterOutlet] })
class Layout {}

@Component({ template: '' })
class Leaf {}

describe('TranslatedTitleStrategy', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideI18nTesting({ demo: { fr: { users: 'Utilisateurs' }, en: { users: 'Users' } } }),
        { provide: TitleStrategy, useExisting: TranslatedTitleStrategy },
        provideRouter([
          { path: 'communes', title: 'page.communes', component: Leaf },
          {
            path: 'administration',
            title: 'page.administration',
            children: [
              {
                path: '',
                component: Layout,
                children: [{ path: 'utilisateurs', title: 'demo.users', component: Leaf }],
              },
            ],
          },
          { path: 'gembloux', title: 'Gembloux', component: Leaf },
        ]),
      ],
    });
  });

  const title = () => TestBed.inject(Title).getTitle();

  it("reads the route's title as a key, then the application's name", async () => {
    await RouterTestingHarness.create('/communes');
    expect(title()).toBe('Communes · BEP Transition numérique');
  });

  it('puts the titles of the parents after that of the page, each once', async () => {
    await RouterTestingHarness.create('/administration/utilisateurs');
    expect(title()).toBe('Utilisateurs · Administration · BEP Transition numérique');
  });

  it('writes the title again in the language the user switches to', async () => {
    await RouterTestingHarness.create('/administration/utilisateurs');
    TestBed.inject(LanguageStore).use('en');
    expect(title()).toBe('Users · Administration · BEP Transition numérique');

    await TestBed.inject(Router).navigateByUrl('/communes');
    expect(title()).toBe('Municipalities · BEP Transition numérique');
  });

  it('shows a title that is no key as it is', async () => {
    await RouterTestingHarness.create('/gembloux');
    expect(title()).toBe('Gembloux · BEP Transition numérique');
  });
});
