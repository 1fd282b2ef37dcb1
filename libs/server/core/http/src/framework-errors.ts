import { problemDetails } from './problem-details';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

/**
 * What Fastify refuses before any route runs (a path with a malformed percent-encoding, a path
 * parameter longer than its router allows) is answered as problem details like every other error,
 * not in Fastify's own JSON shape.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const status = typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
  const path = request.url.split('?')[0] ?? request.url;
  void reply.code(status).type('application/problem+json; charset=utf-8').send(problemDetails(status, error.message, path));
}
