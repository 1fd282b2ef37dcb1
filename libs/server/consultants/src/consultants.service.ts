import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ConsultantList, ConsultantQuery } from '@bep/contracts';
import { containsPattern, SqlFilter } from '@bep/server/core/database';
import type { DataSource } from 'typeorm';

/** Ocalia's consultants as lists and pickers show them. */
@Injectable()
export class ConsultantsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(query: ConsultantQuery): Promise<ConsultantList> {
    const where = new SqlFilter();
    if (query.q) where.where('(k."full_name" ILIKE ? OR k."email" ILIKE ?)', containsPattern(query.q));
    if (query.office) where.where('k."office" = ?', query.office);
    if (query.active !== undefined) where.where('k."active" = ?', query.active);
    const [counted] = await this.dataSource.query<{ total: number }[]>(`SELECT count(*)::int AS total FROM "consultant" k ${where.sql}`, where.params);
    const items = await this.dataSource.query<ConsultantList['items']>(
      `SELECT k."id", k."full_name" AS name, k."email", k."office", k."weekly_capacity_hours" AS "weeklyCapacityHours", k."active" FROM "consultant" k ${where.sql}
        ORDER BY k."active" DESC, k."full_name", k."id" LIMIT ${where.next(query.limit)} OFFSET ${where.next(query.offset)}`,
      where.params,
    );
    return { items, total: counted?.total ?? 0, limit: query.limit, offset: query.offset };
  }
}
