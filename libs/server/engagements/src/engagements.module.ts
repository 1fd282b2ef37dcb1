import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AuditModule } from '@bep/server/core/audit';
import { ActivitiesController } from './activities/activities.controller';
import { ActivitiesService } from './activities/activities.service';
import { EngagementsController } from './engagements.controller';
import { EngagementsService } from './engagements.service';
import { PipelineController } from './pipeline.controller';
import { PipelineService } from './pipeline.service';
import { PipelineStatsService } from './pipeline-stats.service';
import { StatsController } from './stats.controller';
import { Timeline } from './timeline';

/** The pipeline: engagements, their stage rules, their activities and their timeline. */
@Module({
  imports: [AuditModule, DiscoveryModule],
  controllers: [EngagementsController, PipelineController, StatsController, ActivitiesController],
  providers: [EngagementsService, PipelineService, PipelineStatsService, ActivitiesService, Timeline],
})
export class EngagementsModule {}
