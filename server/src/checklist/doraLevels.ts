import type { DoraLevel } from './types';

/*
 * Performance levels from the 2021 Accelerate State of DevOps report (DORA,
 * Google Cloud), its table of software delivery performance, which is the
 * last report with four clusters (2022 has three: high, medium, low):
 *
 *   deployment frequency  elite on demand (several a day) · high weekly to monthly ·
 *                         medium monthly to every six months · low less often
 *   lead time for changes elite < 1 hour · high 1 day to 1 week · medium 1 to 6 months ·
 *                         low > 6 months
 *   time to restore       elite < 1 hour · high < 1 day · medium 1 day to 1 week ·
 *                         low > 6 months
 *   change failure rate   elite 0–15% · high, medium and low all 16–30%
 *
 * The report's bands leave gaps (a team deploying every other day; a lead time
 * of six hours or two weeks; a restore taking a month). Each gap goes to the
 * band below it, so every value has exactly one level: a band reaches down to
 * where the next slower band starts. Deployment frequency's "on demand" cannot
 * be read from tags, so elite is taken as at least one deployment a day on
 * average. The change failure rate cannot tell high, medium and low apart in
 * this report: up to 15% is elite, up to 30% is high (the best level the
 * shared band allows) and above 30%, outside every cluster, is low.
 */

const HOUR = 1;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
/** A mean Gregorian month, in hours (30.44 days). */
const MONTH = (365.25 / 12) * DAY;

/** The level of a deployment frequency given in deployments per week. */
export function levelOfDeploymentFrequency(perWeek: number | null): DoraLevel | null {
  if (perWeek === null || !Number.isFinite(perWeek) || perWeek < 0) return null;
  if (perWeek >= WEEK / DAY) return 'elite';
  if (perWeek >= WEEK / MONTH) return 'high';
  if (perWeek >= WEEK / (6 * MONTH)) return 'medium';
  return 'low';
}

/** The level of a median lead time for changes, in hours. */
export function levelOfLeadTime(hours: number | null): DoraLevel | null {
  if (hours === null || !Number.isFinite(hours) || hours < 0) return null;
  if (hours < HOUR) return 'elite';
  if (hours < WEEK) return 'high';
  if (hours < 6 * MONTH) return 'medium';
  return 'low';
}

/** The level of a change failure rate, 0..1. */
export function levelOfChangeFailureRate(rate: number | null): DoraLevel | null {
  if (rate === null || !Number.isFinite(rate) || rate < 0) return null;
  if (rate <= 0.15) return 'elite';
  if (rate <= 0.3) return 'high';
  return 'low';
}

/** The level of a median time to restore, in hours. */
export function levelOfTimeToRestore(hours: number | null): DoraLevel | null {
  if (hours === null || !Number.isFinite(hours) || hours < 0) return null;
  if (hours < HOUR) return 'elite';
  if (hours < DAY) return 'high';
  if (hours < WEEK) return 'medium';
  return 'low';
}

const ORDER: readonly DoraLevel[] = ['low', 'medium', 'high', 'elite'];

/** The lowest of the given levels, ignoring nulls; null when none is given. */
export function lowestLevel(levels: readonly (DoraLevel | null)[]): DoraLevel | null {
  let lowest: DoraLevel | null = null;
  for (const level of levels) {
    if (level !== null && (lowest === null || ORDER.indexOf(level) < ORDER.indexOf(lowest))) lowest = level;
  }
  return lowest;
}

/** The thresholds above, in words, for the method sentences. */
export const LEVEL_SOURCE = '2021 Accelerate State of DevOps report (DORA)';
export const LEVEL_WORDS = {
  deploymentFrequency: 'elite at least daily, high at least monthly, medium at least every six months',
  leadTime: 'elite under an hour, high under a week, medium under six months',
  changeFailureRate: 'elite up to 15%, high up to 30% (the report gives high, medium and low the same 16–30% band), low above',
  timeToRestore: 'elite under an hour, high under a day, medium under a week',
} as const;
