import { Injectable, Module } from '@nestjs/common';
import type { EngagementDetail, EngagementPage, TimelineEntry } from '@bep/contracts';
import { callApi, type DemoApi, signIn, startDemoApi } from '@bep/server/core/test-api';
import type { EntityManager } from 'typeorm';
import { EngagementsModule, TimelineSourceProvider, type TimelineSource } from './index';

/** What another capability (reminders, invoices) does to put its events on the timeline. */
@TimelineSourceProvider()
@Injectable()
class ReminderLikeSource implements TimelineSource {
  async entries(manager: EntityManager, engagementId: string): Promise<TimelineEntry[]> {
    const [row] = await manager.query<{ entered: Date }[]>(`SELECT "stage_entered_at" AS entered FROM "engagement" WHERE "id" = $1`, [engagementId]);
    // One second after the engagement entered its stage: between the history and anything later.
    const at = new Date((row?.entered.getTime() ?? 0) + 1000).toISOString();
    return [{ kind: 'activity', at, actor: null, summary: 'Rappel envoyé', details: { engagementId } }];
  }
}

/** A source only some roles read (as invoices are finance's and managers'): the timeline asks it nothing for the others. */
@TimelineSourceProvider()
@Injectable()
class FinanceOnlySource implements TimelineSource {
  readonly readers = ['finance'] as const;
  asked = 0;

  async entries(): Promise<TimelineEntry[]> {
    this.asked += 1;
    return [{ kind: 'invoice', at: '2026-03-17T09:00:00.000Z', actor: null, summary: 'Facture émise', details: {} }];
  }
}

@Module({ providers: [ReminderLikeSource, FinanceOnlySource] })
class ReminderLikeModule {}

describe('the timeline of an engagement', () => {
  let api: DemoApi;
  let headers: Record<string, string>;

  beforeAll(async () => {
    api = await startDemoApi('timeline', [EngagementsModule, ReminderLikeModule]);
    headers = (await signIn(api.baseUrl, 'manager@bep.demo')).browser;
  });

  afterAll(() => api?.close());

  it("merges another capability's source, marked @TimelineSourceProvider(), with its own, oldest first", async () => {
    const { body: page } = await callApi<EngagementPage>(api.baseUrl, 'GET', '/api/engagements?q=Gembloux', headers);
    const gembloux = page.items[0];
    const { status, body } = await callApi<EngagementDetail>(api.baseUrl, 'GET', `/api/engagements/${gembloux?.id}`, headers);
    expect(status).toBe(200);
    // The demo's history, the other source's entry, then the diagnostic the demo scheduled next week.
    expect(body.timeline.map((entry) => entry.summary)).toEqual([
      'survey_sent',
      'survey_sent -> survey_answered',
      'survey_answered -> diagnostic_requested',
      'Rappel envoyé',
      'diagnostic: Diagnostic numérique — Gembloux',
    ]);
    expect(body.timeline.at(-2)?.details).toEqual({ engagementId: gembloux?.id });
  });

  it('leaves out the entries of a source the viewer does not read, without asking it', async () => {
    const { body: page } = await callApi<EngagementPage>(api.baseUrl, 'GET', '/api/engagements?q=Gembloux', headers);
    const path = `/api/engagements/${page.items[0]?.id}`;
    const financeOnly = api.app.get(FinanceOnlySource);
    const asked = financeOnly.asked;

    const forManager = (await callApi<EngagementDetail>(api.baseUrl, 'GET', path, headers)).body.timeline;
    expect(forManager.map((entry) => entry.kind)).not.toContain('invoice');
    expect(financeOnly.asked).toBe(asked);

    const finance = (await signIn(api.baseUrl, 'finance@bep.demo')).browser;
    const forFinance = (await callApi<EngagementDetail>(api.baseUrl, 'GET', path, finance)).body.timeline;
    expect(forFinance.filter((entry) => entry.kind === 'invoice').map((entry) => entry.summary)).toEqual(['Facture émise']);
    expect(forFinance.filter((entry) => entry.kind !== 'invoice')).toEqual(forManager);
  });
});
