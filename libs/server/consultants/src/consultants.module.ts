import { Module } from '@nestjs/common';
import { ConsultantsController } from './consultants.controller';
import { WorkloadService } from './workload.service';

/** Ocalia's consultants and their workload. */
@Module({ controllers: [ConsultantsController], providers: [WorkloadService] })
export class ConsultantsModule {}
