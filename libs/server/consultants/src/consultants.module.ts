import { Module } from '@nestjs/common';
import { ConsultantsController } from './consultants.controller';
import { ConsultantsService } from './consultants.service';
import { WorkloadService } from './workload.service';

/** Ocalia's consultants and their workload. */
@Module({ controllers: [ConsultantsController], providers: [ConsultantsService, WorkloadService] })
export class ConsultantsModule {}
