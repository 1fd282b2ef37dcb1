import { Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { ProblemDetailsFilter } from './problem-details.filter';
import { StorableTextPipe } from './storable-text.pipe';

/** What every API answers the same way: errors as problem details, and no unstorable text past the edge. */
@Module({
  providers: [
    { provide: APP_FILTER, useClass: ProblemDetailsFilter },
    // Before every route's own pipes: no NUL or lone surrogate reaches a service, whatever the route.
    { provide: APP_PIPE, useClass: StorableTextPipe },
  ],
})
export class HttpErrorsModule {}
