import { HttpException, HttpStatus, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** Failures tolerated within the window, per account and per client address. */
const MAX_FAILURES_PER_ACCOUNT = 5;
const MAX_FAILURES_PER_ADDRESS = 20;
const THROTTLE_WINDOW_MINUTES = 15;

/**
 * Refuses sign-in attempts after repeated failures, counted in PostgreSQL so that every API
 * replica applies the same limit.
 */
@Injectable()
export class LoginThrottle {
  private readonly logger = new Logger(LoginThrottle.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async assertAllowed(email: string, ip: string): Promise<void> {
    const [row] = await this.dataSource.query<{ by_account: string; by_address: string; oldest: Date | null }[]>(
      `SELECT count(*) FILTER (WHERE "email" = $1) AS by_account,
              count(*) FILTER (WHERE "ip" = $2) AS by_address,
              min("attempted_at") AS oldest
         FROM "login_attempt"
        WHERE NOT "succeeded" AND "attempted_at" > now() - make_interval(mins => $3) AND ("email" = $1 OR "ip" = $2)`,
      [email, ip, THROTTLE_WINDOW_MINUTES],
    );
    const byAccount = Number(row?.by_account ?? 0);
    const byAddress = Number(row?.by_address ?? 0);
    if (byAccount >= MAX_FAILURES_PER_ACCOUNT || byAddress >= MAX_FAILURES_PER_ADDRESS) {
      this.logger.warn(`Sign-in throttled for ${email} from ${ip} (${byAccount} failures for the account, ${byAddress} for the address)`);
      const retryAfterSeconds = row?.oldest ? Math.max(1, Math.ceil((row.oldest.getTime() + THROTTLE_WINDOW_MINUTES * 60_000 - Date.now()) / 1000)) : 60;
      throw new HttpException(
        { detail: 'Too many failed sign-in attempts; try again later.', retryAfterSeconds },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
  }

  async record(email: string, ip: string, succeeded: boolean): Promise<void> {
    await this.dataSource.query(`INSERT INTO "login_attempt" ("email", "ip", "succeeded") VALUES ($1, $2, $3)`, [email, ip, succeeded]);
    if (!succeeded) {
      this.logger.warn(`Failed sign-in for ${email} from ${ip}`);
    }
  }
}
