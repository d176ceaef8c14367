import { readDotenvEntries } from '../../formats/dotenv';
import { at, rangeOf, roots, scalarText, yamlOf } from '../../formats/yaml';
import type { Range, Severity } from '../../types';
import type { RuleContext } from '../rule';
import { isDeployEnvFile } from './deploy-scope';

/** A finding in a configuration file, ready to report. */
export interface ConfigDetection {
  range: Range;
  message: string;
  severity?: Severity;
}

/**
 * Laravel session drivers that keep state on one host. `array` is left out: it keeps nothing past the
 * request, which is what stateless APIs want.
 */
const LOCAL_DRIVERS = new Set(['file']);

/** Laravel `SESSION_DRIVER=file` in a dotenv file that a deploy uses. */
export function dotenvSessions(context: RuleContext): ConfigDetection[] {
  if (!isDeployEnvFile(context.path, context.workspace)) return [];
  const found: ConfigDetection[] = [];
  for (const entry of readDotenvEntries(context.text)) {
    if (entry.key !== 'SESSION_DRIVER' || !LOCAL_DRIVERS.has(entry.value.trim().toLowerCase())) continue;
    found.push({
      range: context.index.range(entry.valueStart, entry.valueEnd),
      message: `\`SESSION_DRIVER=${entry.value.trim()}\` keeps Laravel sessions on the local disk of one instance (VI. Processes). Use a shared driver such as \`redis\` or \`database\`.`,
    });
  }
  return found;
}

const AFFINITY_ANNOTATION = 'nginx.ingress.kubernetes.io/affinity';

/** Sticky sessions in Kubernetes: `Service.spec.sessionAffinity: ClientIP`, ingress-nginx cookie affinity. */
export function kubernetesAffinity(context: RuleContext): ConfigDetection[] {
  const file = yamlOf(context);
  const found: ConfigDetection[] = [];
  for (const root of roots(file)) {
    const kind = scalarText(at(root, 'kind'));
    const affinity = kind === 'Service' ? at(root, 'spec', 'sessionAffinity') : kind === 'Ingress' ? at(root, 'metadata', 'annotations', AFFINITY_ANNOTATION) : undefined;
    const value = scalarText(affinity);
    const range = rangeOf(file, affinity);
    if (!range || (kind === 'Service' ? value !== 'ClientIP' : value !== 'cookie')) continue;
    const what = kind === 'Service' ? '`sessionAffinity: ClientIP`' : `\`${AFFINITY_ANNOTATION}: cookie\``;
    found.push({
      range,
      severity: 'info',
      message: `${what} pins each client to one pod: sticky sessions hide state kept in process memory and break when that pod goes away (VI. Processes). Keep session state in a backing store and drop the affinity.`,
    });
  }
  return found;
}
