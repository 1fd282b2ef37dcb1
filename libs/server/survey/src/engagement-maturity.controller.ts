import { Controller, Get, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { engagementMaturitySchema, type EngagementMaturity, type CurrentUser as CurrentUserContract } from '@bep/contracts';
import { CurrentUser } from '@bep/server/core/auth';
import { Allow, ApiProblem, openApiSchema, UuidParam } from '@bep/server/core/http';
import type { FastifyReply } from 'fastify';
import { EngagementMaturities } from './engagement-maturity.service';
import { asciiFileName } from './file-names';
import { SurveySummaries } from './survey-summaries.service';

/**
 * A commune's maturity as its page shows it (its scores beside the province's median and its
 * earlier campaign) and its one-page summary; read as the questionnaire is read.
 */
@ApiTags('survey')
@ApiBearerAuth()
@ApiProblem(400, 'The id is not a UUID')
@ApiProblem(403, 'A consultant not assigned to the engagement')
@ApiProblem(404, 'No such engagement')
@Controller('engagements')
export class EngagementMaturityController {
  constructor(
    private readonly maturities: EngagementMaturities,
    private readonly summaries: SurveySummaries,
  ) {}

  @Get(':id/maturity')
  @Allow('manager', 'consultant')
  @ApiOperation({
    summary: "The commune's latest maturity scores, the province's median and its scores in the earlier campaign",
    description: 'The median is taken over the submitted answers of the same campaign scored by the same model version (null when no other commune submitted); the earlier campaign is the most recent one before, scored by the same model. Without scores: `model` null, every figure null.',
  })
  @ApiResponse({ status: 200, schema: openApiSchema(engagementMaturitySchema) })
  read(@UuidParam() id: string, @CurrentUser() user: CurrentUserContract): Promise<EngagementMaturity> {
    return this.maturities.read(id, user);
  }

  @Get(':id/survey/summary.pdf')
  @Allow('manager', 'consultant')
  @ApiOperation({ summary: "The commune's answers and scores on one A4 page, in French (the long answers cut short)" })
  @ApiResponse({ status: 200, description: 'The PDF', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } })
  @ApiProblem(409, 'The campaign has no online questionnaire (`urn:bep:survey-none`)')
  async summary(@UuidParam() id: string, @CurrentUser() user: CurrentUserContract, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const { fileName, content } = await this.summaries.pdf(id, user);
    // The commune's name may carry accents: an ASCII name for every client, the exact one (RFC 6266) for those that read it.
    const disposition = `attachment; filename="${asciiFileName(fileName)}"; filename*=UTF-8''${encodeURIComponent(fileName).replace(/'/g, '%27')}`;
    reply.header('content-type', 'application/pdf').header('content-disposition', disposition);
    return content;
  }
}
