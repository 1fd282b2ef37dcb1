import { Module } from '@nestjs/common';
import { AuditModule } from '@bep/server/core/audit';
import { ConsultantRecordsService } from './consultant-records.service';
import { ConsultantsController } from './consultants.controller';
import { ConsultantsService } from './consultants.service';
import { WorkloadService } from './workload.service';

/** Ocalia's consultants: their records and their workload. */
@Module({ imports: [AuditModule], controllers: [ConsultantsController], providers: [ConsultantsService, ConsultantRecordsService, WorkloadService] })
export class ConsultantsModule {}
