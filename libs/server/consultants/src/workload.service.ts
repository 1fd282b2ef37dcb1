import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ConsultantWorkload, Workload, WorkloadQuery } from '@bep/contracts';
import type { DataSource } from 'typeorm';
import { Clock } from '@bep/server/core/clock';
import { brusselsLocalSql, campaignInScope } from '@bep/server/core/database';
import { weeklyLoad } from './weekly-load';

const WEEKS_AHEAD = 4;

/**
 * The Monday (Brussels wall clock) of this week and of the weeks after it, as `start`; `now` is
 * the application's clock as a query parameter (`$2::timestamptz`), not the database's now().
 */
const weekStartsSql = (now: string) => `SELECT generate_series(date_trunc('week', ${brusselsLocalSql(now)}),
                                  date_trunc('week', ${brusselsLocalSql(now)}) + interval '${WEEKS_AHEAD - 1} weeks',
                                  interval '1 week') AS start`;

interface ConsultantRow {
  id: string;
  full_name: string;
  email: string;
  office: 'BE' | 'FR';
  active: boolean;
  weekly_capacity_hours: number;
}

/**
 * Each consultant's load: the campaign's engagements assigned to them and not closed, by stage,
 * and the activities they take part in over this week and the next three (Brussels weeks, Monday
 * first), against their weekly capacity.
 */
@Injectable()
export class WorkloadService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async workload(query: WorkloadQuery): Promise<Workload> {
    // This week is the application clock's (a demo or a test runs on its own calendar).
    const now = this.clock.now();
    const campaign = await campaignInScope(this.dataSource.manager, query.campaignId);
    const campaignId = campaign?.id ?? null;
    const [consultants, engagements, weeks] = await Promise.all([
      this.dataSource.query<ConsultantRow[]>(
        `SELECT "id", "full_name", "email", "office", "active", "weekly_capacity_hours" FROM "consultant" ORDER BY "active" DESC, "full_name"`,
      ),
      this.dataSource.query<{ consultant_id: string; stage: string; count: number; lead: number }[]>(
        `SELECT a."consultant_id", e."stage", count(*)::int AS count, count(*) FILTER (WHERE a."is_lead")::int AS lead
           FROM "engagement_assignment" a JOIN "engagement" e ON e."id" = a."engagement_id"
          WHERE e."campaign_id" = $1 AND e."stage" NOT IN ('declined', 'withdrawn')
          GROUP BY a."consultant_id", e."stage"`,
        [campaignId],
      ),
      this.dataSource.query<{ consultant_id: string; week_start: string; count: number; minutes: number }[]>(
        `WITH weeks AS (${weekStartsSql('$2::timestamptz')})
         SELECT p."consultant_id", to_char(w."start", 'YYYY-MM-DD') AS week_start, count(*)::int AS count, sum(x."duration_minutes")::int AS minutes
           FROM weeks w
           JOIN "activity" x ON ${brusselsLocalSql('x."scheduled_at"')} >= w."start" AND ${brusselsLocalSql('x."scheduled_at"')} < w."start" + interval '1 week'
           JOIN "activity_participant" p ON p."activity_id" = x."id" AND p."consultant_id" IS NOT NULL
           JOIN "engagement" e ON e."id" = x."engagement_id" AND e."campaign_id" = $1
          GROUP BY p."consultant_id", w."start"`,
        [campaignId, now],
      ),
    ]);
    const weekStarts = await this.weekStarts(now);
    return {
      campaign: campaign && { id: campaign.id, name: campaign.name },
      items: consultants.map((consultant): ConsultantWorkload => {
        const mine = engagements.filter((row) => row.consultant_id === consultant.id);
        return {
          consultant: {
            id: consultant.id,
            name: consultant.full_name,
            email: consultant.email,
            office: consultant.office,
            active: consultant.active,
            weeklyCapacityHours: consultant.weekly_capacity_hours,
          },
          activeEngagements: {
            total: mine.reduce((sum, row) => sum + row.count, 0),
            lead: mine.reduce((sum, row) => sum + row.lead, 0),
            byStage: Object.fromEntries(mine.map((row) => [row.stage, row.count])),
          },
          weeks: weekStarts.map((weekStart) => {
            const week = weeks.find((row) => row.consultant_id === consultant.id && row.week_start === weekStart);
            const plannedMinutes = week?.minutes ?? 0;
            return {
              weekStart,
              scheduledActivities: week?.count ?? 0,
              plannedMinutes,
              load: weeklyLoad(plannedMinutes, consultant.weekly_capacity_hours),
            };
          }),
        };
      }),
    };
  }

  /** The Mondays of the weeks shown, computed as the counts compute them. */
  private async weekStarts(now: Date): Promise<string[]> {
    const rows = await this.dataSource.query<{ week_start: string }[]>(
      `SELECT to_char("start", 'YYYY-MM-DD') AS week_start FROM (${weekStartsSql('$1::timestamptz')}) weeks ORDER BY "start"`,
      [now],
    );
    return rows.map((row) => row.week_start);
  }
}
