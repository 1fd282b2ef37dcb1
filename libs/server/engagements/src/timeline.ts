import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type { CurrentUser, Role, TimelineEntry } from '@bep/contracts';
import { preparedQuery } from '@bep/server/core/database';
import type { EntityManager } from 'typeorm';

/** Who reads the timeline: what each source gives depends on their roles. */
export type TimelineViewer = Pick<CurrentUser, 'roles'>;

/**
 * A kind of event on an engagement's timeline; the timeline merges every source by date. Stage
 * changes, team changes and activities are the engagements' own; another capability (reminders,
 * invoices) adds its events with a provider marked `@TimelineSourceProvider()` in its own module.
 */
export interface TimelineSource {
  /**
   * The roles whose holders read this source's entries (invoices: finance and managers); left out,
   * whoever reads the engagement does. The timeline asks nothing of a source its viewer may not read.
   */
  readonly readers?: readonly Role[];
  /**
   * The engagement's entries for `viewer`. A source whose entries are not all for the same readers
   * (a reminder of an overdue invoice among the others) leaves out itself those the viewer may not read.
   */
  entries(manager: EntityManager, engagementId: string, viewer: TimelineViewer): Promise<TimelineEntry[]>;
}

/** Marks a provider of another capability as a source of the engagement's timeline. */
export const TimelineSourceProvider = DiscoveryService.createDecorator<void>();

/**
 * Stage changes, with who made them and the note; a manager's override of a stage rule (the note
 * says why) is read from the move's audit entry, which names the stage history row by its date.
 */
const stageChangeSource: TimelineSource = {
  async entries(manager, engagementId) {
    const rows = await preparedQuery<
      { changed_at: Date; from_stage: string | null; to_stage: string; note: string | null; user_id: string | null; user_name: string | null; overrides: string | null; missing: string | null }
    >(
      manager,
      `SELECT s."changed_at", s."from_stage", s."to_stage", s."note", u."id" AS user_id, u."full_name" AS user_name,
              o."after"->>'overrides' AS overrides, o."after"->>'missing' AS missing
         FROM "stage_change" s LEFT JOIN "app_user" u ON u."id" = s."changed_by"
         LEFT JOIN LATERAL (SELECT a."after" FROM "audit_entry" a
                             WHERE a."entity_type" = 'engagement' AND a."entity_id" = s."engagement_id"::text AND a."action" = 'transition'
                               AND a."after"->>'overrides' IS NOT NULL AND (a."after"->>'enteredAt')::timestamptz = s."changed_at"
                             LIMIT 1) o ON true
        WHERE s."engagement_id" = $1`,
      [engagementId],
    );
    return rows.map((row) => ({
      kind: 'stage-change' as const,
      at: row.changed_at.toISOString(),
      actor: row.user_id && row.user_name ? { id: row.user_id, name: row.user_name } : null,
      summary: row.from_stage ? `${row.from_stage} -> ${row.to_stage}` : row.to_stage,
      details: { from: row.from_stage, to: row.to_stage, note: row.note, overrides: row.overrides, missing: row.missing },
    }));
  },
};

/** Changes of the team, read from the audit log that records each of them. */
const assignmentSource: TimelineSource = {
  async entries(manager, engagementId) {
    const rows = await preparedQuery<{ occurred_at: Date; user_id: string | null; user_name: string | null; after: { lead: string | null; consultants: string[] } }>(
      manager,
      `SELECT a."occurred_at", u."id" AS user_id, u."full_name" AS user_name, a."after"
         FROM "audit_entry" a LEFT JOIN "app_user" u ON u."id" = a."actor_user_id"
        WHERE a."entity_type" = 'engagement' AND a."entity_id" = $1 AND a."action" = 'assign'`,
      [engagementId],
    );
    return rows.map((row) => ({
      kind: 'assignment' as const,
      at: row.occurred_at.toISOString(),
      actor: row.user_id && row.user_name ? { id: row.user_id, name: row.user_name } : null,
      summary: row.after.consultants.length ? `team: ${row.after.consultants.join(', ')}` : 'team: nobody',
      details: { lead: row.after.lead, consultants: row.after.consultants },
    }));
  },
};

/**
 * Activities, notes included: at their scheduled time, or when they were logged. Participants
 * stay on the activity itself (GET /api/activities?engagementId=...).
 */
const activitySource: TimelineSource = {
  async entries(manager, engagementId) {
    const rows = await preparedQuery<
      { id: string; at: Date; type: string; subject: string; scheduled_at: Date | null; completed_at: Date | null; location: string | null; outcome: string | null; user_id: string | null; user_name: string | null }
    >(
      manager,
      `SELECT a."id", COALESCE(a."scheduled_at", a."created_at") AS at, a."type", a."subject", a."scheduled_at", a."completed_at", a."location", a."outcome",
              u."id" AS user_id, u."full_name" AS user_name
         FROM "activity" a LEFT JOIN "app_user" u ON u."id" = a."created_by"
        WHERE a."engagement_id" = $1`,
      [engagementId],
    );
    return rows.map((row) => ({
      kind: 'activity' as const,
      at: row.at.toISOString(),
      actor: row.user_id && row.user_name ? { id: row.user_id, name: row.user_name } : null,
      summary: `${row.type}: ${row.subject}`,
      details: {
        activityId: row.id,
        type: row.type,
        subject: row.subject,
        scheduledAt: row.scheduled_at?.toISOString() ?? null,
        completedAt: row.completed_at?.toISOString() ?? null,
        location: row.location,
        outcome: row.outcome,
      },
    }));
  },
};

/** An engagement's timeline: its own sources and those the other capabilities provide. */
@Injectable()
export class Timeline implements OnModuleInit {
  #sources: TimelineSource[] = [stageChangeSource, assignmentSource, activitySource];

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    const provided = this.discovery
      .getProviders({ metadataKey: TimelineSourceProvider.KEY })
      .map((wrapper) => wrapper.instance as TimelineSource)
      .filter((source) => typeof source?.entries === 'function');
    this.#sources = [...this.#sources, ...provided];
  }

  /** The entries of every source the viewer may read, oldest first. */
  async build(manager: EntityManager, engagementId: string, viewer: TimelineViewer): Promise<TimelineEntry[]> {
    const readable = this.#sources.filter((source) => !source.readers || source.readers.some((role) => viewer.roles.includes(role)));
    // One after the other: inside a transaction the manager holds a single connection.
    const entries: TimelineEntry[] = [];
    for (const source of readable) {
      entries.push(...(await source.entries(manager, engagementId, viewer)));
    }
    return entries.sort((a, b) => a.at.localeCompare(b.at));
  }
}
