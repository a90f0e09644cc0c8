/** Continuing Education Units: 1 CEU = 10 hours of learning (the common rule in state licensure, e.g. the NC DPI glossary). */
export const HOURS_PER_CEU = 10;

/** CEUs for a number of hours, to one decimal place. */
export const ceus = (hours: number) => Math.round((hours / HOURS_PER_CEU) * 10) / 10;

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A number as people write it: "12", "7.5", "1,200", never "1e-7". */
export const formatNumber = (n: number) => NUMBER.format(n);

export const formatHours = (h: number) => `${formatNumber(h)} hour${h === 1 ? '' : 's'}`;
export const formatCeus = (c: number) => `${c.toFixed(1)} CEU${c === 1 ? '' : 's'}`;
