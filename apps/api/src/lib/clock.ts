/** Time is always passed in, so tests and jobs can drive rules with a fixed instant. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
