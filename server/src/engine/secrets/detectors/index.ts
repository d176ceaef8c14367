import type { Detector } from '../hits';
import { connectionStringDetector } from './connectionString';
import { credentialsInUrlDetector } from './credentialsInUrl';
import { httpCredentialsDetector } from './httpCredentials';
import { jwtDetector } from './jwt';
import { kubernetesSecretDetector } from './kubernetesSecret';
import { kustomizeSecretDetector } from './kustomizeSecret';
import { privateKeyDetector } from './privateKey';
import { registryCredentialsDetector } from './registryCredentials';

/** Structural detectors: key blocks, JWTs, credentials in URLs and config files. */
export const DETECTORS: readonly Detector[] = [
  privateKeyDetector,
  jwtDetector,
  credentialsInUrlDetector,
  connectionStringDetector,
  httpCredentialsDetector,
  registryCredentialsDetector,
  kubernetesSecretDetector,
  kustomizeSecretDetector,
];
