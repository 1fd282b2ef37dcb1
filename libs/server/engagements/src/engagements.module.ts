import { Module } from '@nestjs/common';
import { AuditModule } from '@bep/server/audit';
import { EngagementsController } from './engagements.controller';
import { EngagementsService } from './engagements.service';

/** The pipeline: engagements, their stage rules and their timeline. */
@Module({
  imports: [AuditModule],
  controllers: [EngagementsController],
  providers: [EngagementsService],
})
export class EngagementsModule {}
