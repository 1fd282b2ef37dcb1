import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { SURVEY_TOKEN_HEADER } from '@bep/contracts';
import type { FastifyRequest } from 'fastify';

/** The link's token, from the `X-Survey-Token` header only (never the URL, which logs keep); undefined when absent. */
export const SurveyToken = createParamDecorator((_data: unknown, context: ExecutionContext): string | undefined => {
  const value = context.switchToHttp().getRequest<FastifyRequest>().headers[SURVEY_TOKEN_HEADER];
  return typeof value === 'string' ? value : undefined;
});
