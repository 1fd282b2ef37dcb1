import { Pipe, PipeTransform } from '@angular/core';
import type { Stage } from '@bep/domain';
import { stageLabel } from './stage-label';

@Pipe({ name: 'stageLabel' })
export class StageLabelPipe implements PipeTransform {
  transform(stage: Stage): string {
    return stageLabel(stage);
  }
}
