import { type CanActivate, type ExecutionContext, HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type {} from '@fastify/rate-limit';
import { SURVEY_TOKEN_HEADER } from '@bep/contracts';
import { tokenHash } from '@bep/server/core/database';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * Requests a minute to the public form, per link: a person typing without a pause saves at most
 * about 75 times a minute (the form waits 800 ms after each change), so three people filling
 * sections of one link at once stay under it, and a link that leaked cannot be used to flood the API.
 */
export const REQUESTS_PER_LINK = 240;

/**
 * Requests a minute per client address, whatever the link: it bounds the guessing of tokens, and
 * leaves room for several people of one commune behind one address.
 */
export const REQUESTS_PER_ADDRESS = 300;

type Limiter = ReturnType<FastifyInstance['createRateLimit']>;

/**
 * The public form's rate limit, per client address and per link (429 with Retry-After and problem
 * details), counted by @fastify/rate-limit (registered for the whole API by `hardenHttp`, limiting
 * nothing by itself) in this process's memory. The link's counter is keyed by the token's hash, so
 * that no token is held in memory either.
 */
@Injectable()
export class SurveyRateLimit implements CanActivate {
  private limiters?: Limiter[];

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    for (const limiter of this.limitersOf()) {
      const outcome = await limiter(request);
      if (!outcome.isAllowed && outcome.isExceeded) {
        throw new HttpException(
          { detail: `Too many requests to the questionnaire; try again in ${outcome.ttlInSeconds} seconds.`, retryAfterSeconds: outcome.ttlInSeconds },
          HttpStatus.TOO_MANY_REQUESTS,
        );
      }
    }
    return true;
  }

  /** Made at the first request: the plugin is registered after the providers are built. */
  private limitersOf(): Limiter[] {
    if (!this.limiters) {
      const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
      this.limiters = [
        fastify.createRateLimit({ max: REQUESTS_PER_ADDRESS, timeWindow: 60_000 }),
        fastify.createRateLimit({ max: REQUESTS_PER_LINK, timeWindow: 60_000, keyGenerator: (request) => `link:${tokenHash(String(request.headers[SURVEY_TOKEN_HEADER] ?? ''))}` }),
      ];
    }
    return this.limiters;
  }
}
