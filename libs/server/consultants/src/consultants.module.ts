import { Module } from '@nestjs/common';
import { ConsultantsController } from './consultants.controller';

/** Ocalia's consultants; workload and assignments join here with the pipeline. */
@Module({ controllers: [ConsultantsController] })
export class ConsultantsModule {}
