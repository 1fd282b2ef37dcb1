import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatMenuHarness } from '@angular/material/menu/testing';
import { provideRouter, Router } from '@angular/router';
import { aNotification, aNotificationPage } from '@bep/web/notifications/data-access/testing';
import { provideI18nTesting } from '@bep/web/shared/i18n/testing';
import type { NotificationPage } from '@bep/contracts';
import { NotificationsBell } from './notifications-bell';

@Component({ template: '<h1>Commune</h1>' })
class StubPage {}

const LIST_URL = '/api/notifications?limit=20';

const GEMBLOUX = aNotification({ id: 'n1' });
const DIGEST = aNotification({
  id: 'n2',
  title: 'Résumé de la semaine',
  body: '3 engagements ont changé d’étape.',
  link: '/',
  createdAt: '2026-03-16T07:00:00.000Z',
});
const OLD = aNotification({ id: 'n3', title: 'Ancienne', link: null, createdAt: '2026-03-09T08:00:00.000Z', readAt: '2026-03-09T10:00:00.000Z' });

/** The bell, its first list answered with `page` (or a 500). */
async function setup(page: NotificationPage | 'fail') {
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([{ path: 'communes/:nis', component: StubPage }, { path: '', component: StubPage }]),
      provideI18nTesting(),
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(NotificationsBell);
  const first = http.expectOne(LIST_URL);
  if (page === 'fail') first.flush({ title: 'Erreur' }, { status: 500, statusText: 'Error' });
  else first.flush(page);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
  return {
    fixture,
    http,
    button: () => element.querySelector<HTMLButtonElement>('button.bell'),
    badge: () => element.querySelector('.badge')?.textContent?.trim() ?? null,
    menu: () => loader.getHarness(MatMenuHarness),
  };
}

describe('NotificationsBell', () => {
  afterEach(() => jest.restoreAllMocks());

  it('says the unread count in its name and shows it on a badge', async () => {
    const { button, badge } = await setup(aNotificationPage([GEMBLOUX, DIGEST, OLD], 3));
    expect(button()?.getAttribute('aria-label')).toBe('Notifications, 3 non lues');
    expect(badge()).toBe('3');
  });

  it('names one unread notification in the singular, and none without a badge', async () => {
    const one = await setup(aNotificationPage([GEMBLOUX]));
    expect(one.button()?.getAttribute('aria-label')).toBe('Notifications, 1 non lue');
    TestBed.resetTestingModule();

    const none = await setup(aNotificationPage([OLD]));
    expect(none.button()?.getAttribute('aria-label')).toBe('Notifications');
    expect(none.badge()).toBeNull();
  });

  it('lists my notifications with their time in Brussels and their page; opening marks the listed ones read', async () => {
    const { button, badge, menu, http, fixture } = await setup(aNotificationPage([GEMBLOUX, DIGEST, OLD], 4));
    const harness = await menu();
    await harness.open();

    const read = http.expectOne('/api/notifications/read');
    expect(read.request.body).toEqual({ ids: ['n1', 'n2'] });
    read.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();

    expect(document.querySelector('.bep-notifications-menu')?.getAttribute('aria-label')).toBe('Notifications');
    const items = Array.from(document.querySelectorAll<HTMLElement>('.bep-notifications-menu [mat-menu-item]'));
    const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
    expect(items.map((item) => squash(item.textContent))).toEqual([
      'Gembloux : diagnostic à planifier Le diagnostic de Gembloux, demandé le 24 février, n’est pas encore planifié. 17/03/2026 09:00 Non lue',
      'Résumé de la semaine 3 engagements ont changé d’étape. 16/03/2026 08:00 Non lue',
      'Ancienne Le diagnostic de Gembloux, demandé le 24 février, n’est pas encore planifié. 09/03/2026 09:00',
      'Tout marquer comme lu',
    ]);
    expect(items.map((item) => item.getAttribute('href'))).toEqual(['/communes/92142', '/', null, null]);
    expect(items[0].querySelector('time')?.getAttribute('datetime')).toBe('2026-03-17T08:00:00.000Z');
    // One of mine beyond those listed is still unread.
    expect(button()?.getAttribute('aria-label')).toBe('Notifications, 2 non lues');
    expect(badge()).toBe('2');

    await harness.close();
    await fixture.whenStable();
    await harness.open();
    expect(document.querySelectorAll('.bep-notifications-menu .unread-mark')).toHaveLength(0);
    http.expectNone('/api/notifications/read');
  });

  it('opens the page a notification is about', async () => {
    const { menu, http, fixture } = await setup(aNotificationPage([GEMBLOUX]));
    const harness = await menu();
    await harness.open();
    http.expectOne('/api/notifications/read').flush(null, { status: 204, statusText: 'No Content' });

    await harness.clickItem({ text: /^Gembloux : diagnostic à planifier/ });
    await fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/communes/92142');
  });

  it('"Tout marquer comme lu" marks all of mine read, those not listed too, and closes the menu', async () => {
    const { button, badge, menu, http, fixture } = await setup(aNotificationPage([GEMBLOUX], 30));
    const harness = await menu();
    await harness.open();
    http.expectOne('/api/notifications/read').flush(null, { status: 204, statusText: 'No Content' });
    expect(badge()).toBe('29');

    await harness.clickItem({ text: 'Tout marquer comme lu' });
    const all = http.expectOne('/api/notifications/read');
    expect(all.request.body).toEqual({});
    all.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();

    expect(await harness.isOpen()).toBe(false);
    expect(button()?.getAttribute('aria-label')).toBe('Notifications');
    expect(badge()).toBeNull();
  });

  it('says when there is nothing', async () => {
    const { menu, http } = await setup(aNotificationPage([]));
    const harness = await menu();
    await harness.open();
    const items = await harness.getItems();
    expect(await Promise.all(items.map((item) => item.getText()))).toEqual(['Aucune notification pour le moment.']);
    expect(await items[0].isDisabled()).toBe(true);
    http.expectNone('/api/notifications/read');
  });

  it('says when the list could not be loaded', async () => {
    const { menu, button } = await setup('fail');
    expect(button()?.getAttribute('aria-label')).toBe('Notifications');
    const harness = await menu();
    await harness.open();
    const items = await harness.getItems();
    expect(await Promise.all(items.map((item) => item.getText()))).toEqual(['Impossible de charger les notifications.']);
  });

  it('refreshes the count when the page regains focus', async () => {
    const { button, http, fixture } = await setup(aNotificationPage([]));
    expect(button()?.getAttribute('aria-label')).toBe('Notifications');

    const later = Date.now() + 60_000;
    jest.spyOn(Date, 'now').mockReturnValue(later);
    window.dispatchEvent(new Event('focus'));
    http.expectOne(LIST_URL).flush(aNotificationPage([GEMBLOUX, DIGEST]));
    await fixture.whenStable();

    expect(button()?.getAttribute('aria-label')).toBe('Notifications, 2 non lues');
  });

  it('stops asking once it is gone (signed out)', async () => {
    const { http, fixture } = await setup(aNotificationPage([GEMBLOUX]));
    fixture.destroy();
    jest.spyOn(Date, 'now').mockReturnValue(Date.now() + 60_000);
    window.dispatchEvent(new Event('focus'));
    http.expectNone(LIST_URL);
  });
});
