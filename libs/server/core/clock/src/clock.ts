/**
 * Where every use case reads the time. The product runs on the system's time; tests run on a
 * fixed instant they move themselves, and a demo or an end-to-end run may start its calendar at
 * a chosen instant (CLOCK_START) and let it advance from there.
 */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** Real time, shifted so that the process's first instant is `startAt`: the calendar moves on as usual. */
export class ShiftedClock extends Clock {
  private readonly offsetMs: number;

  constructor(
    startAt: Date,
    private readonly realNow: () => number = Date.now,
  ) {
    super();
    this.offsetMs = startAt.getTime() - realNow();
  }

  now(): Date {
    return new Date(this.realNow() + this.offsetMs);
  }
}

/** A clock that moves only when told: tests set the instant their case is about. */
export class FixedClock extends Clock {
  private instant: Date;

  constructor(instant: Date | string) {
    super();
    this.instant = new Date(instant);
  }

  now(): Date {
    return new Date(this.instant);
  }

  set(instant: Date | string): void {
    this.instant = new Date(instant);
  }

  advance(ms: number): void {
    this.instant = new Date(this.instant.getTime() + ms);
  }
}
