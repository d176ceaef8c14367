import type { Detector } from '../hits';

/** Structural detectors: key blocks, JWTs, credentials in URLs and config files. */
export const DETECTORS: readonly Detector[] = [];
