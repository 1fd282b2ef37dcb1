import { Pipe, PipeTransform } from '@angular/core';
import { formatBrusselsDateTime } from './brussels-date-time';

/** An instant in Belgian time and format: "02/05/2019 10:30:00". */
@Pipe({ name: 'brusselsDateTime' })
export class BrusselsDateTimePipe implements PipeTransform {
  transform(instant: string | Date | null | undefined): string {
    return instant ? formatBrusselsDateTime(instant) : '';
  }
}
