/**
 * Dates as pages print them: "March 4, 2026", in UTC (content dates are whole days). One
 * formatter for the whole build: constructing an Intl.DateTimeFormat costs about 0.13 ms, and
 * components that made their own on every render spent 20 s of a 10,000-credential build on it.
 */
const LONG = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

/** "March 4, 2026". */
export const longDate = (d: Date): string => LONG.format(d);
