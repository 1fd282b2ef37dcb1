import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BullBoardFastifyAdapter } from '@bull-board/fastify';
import { getQueueToken } from '@nestjs/bullmq';
import { HttpException } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { RequestAuthenticator, type AuthenticatedRequest } from '@bep/server/core/auth';
import { problemDetails } from '@bep/server/core/http';
import { QueueName } from '@bep/server/core/queue';
import type { Queue } from 'bullmq';
import type { FastifyInstance } from 'fastify';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/**
 * BullMQ's dashboard (bull-board) at /admin/queues, for administrators: its routes live outside
 * Nest, so they apply the API's own authentication (session or bearer, CSRF on changes, the admin
 * role) in a hook of their own Fastify scope; a refusal is a problem details answer like the API's.
 */
export async function mountQueueDashboard(app: NestFastifyApplication): Promise<void> {
  const board = new BullBoardFastifyAdapter();
  board.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: Object.values(QueueName).map((name) => new BullMQAdapter(app.get<Queue>(getQueueToken(name), { strict: false }))),
    serverAdapter: board,
    options: { uiConfig: { boardTitle: 'BEP — files d’attente' } },
  });
  const authenticator = app.get(RequestAuthenticator, { strict: false });
  // Registered on Fastify itself: Nest's register() types its plugin loosely.
  const server: FastifyInstance = app.getHttpAdapter().getInstance();
  await server.register(async (scope) => {
    scope.addHook('onRequest', async (request, reply) => {
      try {
        await authenticator.authorize(request as AuthenticatedRequest, { kind: 'roles', roles: ['admin'] });
      } catch (error) {
        if (!(error instanceof HttpException)) throw error;
        const status = error.getStatus();
        return reply.status(status).type('application/problem+json').send(problemDetails(status, error.message, request.url));
      }
      return undefined;
    });
    await scope.register(board.registerPlugin(), { prefix: QUEUE_DASHBOARD_PATH });
  });
}
