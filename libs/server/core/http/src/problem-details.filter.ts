import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ProblemDetails } from '@bep/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PROBLEM_TITLES, problemDetails } from './problem-details';

/** The members every problem has; an extension never replaces one of them. */
const STANDARD_MEMBERS = new Set(['type', 'title', 'status', 'detail', 'instance', 'errors']);

/**
 * Turns every error into RFC 9457 problem details. Anything that is not an HttpException is a
 * bug: it is logged with its stack, and the client gets a 500 without internals (no stack, no SQL).
 * An HttpException's body may carry `extensions`: members of the problem beyond the standard ones
 * (RFC 9457, 3.2), such as the current state a conflicting change was refused against.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemDetailsFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const problem = this.toProblem(exception, request.url.split('?')[0] ?? request.url);
    const retryAfter = exception instanceof HttpException ? (exception.getResponse() as { retryAfterSeconds?: unknown }).retryAfterSeconds : undefined;
    if (typeof retryAfter === 'number') {
      void reply.header('retry-after', String(retryAfter));
    }
    void reply.status(problem.status).header('content-type', 'application/problem+json; charset=utf-8').send(problem);
  }

  private toProblem(exception: unknown, instance: string): ProblemDetails {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      const fromBody = typeof body === 'object' && body !== null ? (body as Partial<ProblemDetails> & { message?: unknown; extensions?: Record<string, unknown> }) : {};
      const extensions = Object.entries(fromBody.extensions ?? {}).filter(([member]) => !STANDARD_MEMBERS.has(member));
      const detail = fromBody.detail ?? (typeof fromBody.message === 'string' ? fromBody.message : exception.message);
      return {
        type: fromBody.type ?? 'about:blank',
        title: fromBody.title ?? PROBLEM_TITLES[status] ?? 'Error',
        status,
        detail,
        instance,
        ...(fromBody.errors ? { errors: fromBody.errors } : {}),
        ...Object.fromEntries(extensions),
      };
    }
    // Fastify's own errors (body too large, bad JSON, wrong content type) carry a 4xx statusCode.
    const statusCode = (exception as { statusCode?: unknown } | null)?.statusCode;
    if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
      return problemDetails(statusCode, (exception as Error).message, instance);
    }
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    return problemDetails(HttpStatus.INTERNAL_SERVER_ERROR, 'An unexpected error occurred.', instance);
  }
}
