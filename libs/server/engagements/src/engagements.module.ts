import { Module } from '@nestjs/common';
import { AuditModule } from '@bep/server/audit';
import { EngagementsController } from './engagements.controller';
import { EngagementsService } from './engagements.service';
import { PipelineController } from './pipeline.controller';
import { PipelineService } from './pipeline.service';

/** The pipeline: engagements, their stage rules and their timeline. */
@Module({
  imports: [AuditModule],
  controllers: [EngagementsController, PipelineController],
  providers: [EngagementsService, PipelineService],
})
export class EngagementsModule {}
