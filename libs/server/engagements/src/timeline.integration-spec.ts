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

@Module({ providers: [ReminderLikeSource] })
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
});
