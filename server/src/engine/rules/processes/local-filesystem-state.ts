import { isCodeLanguage } from '../../classify';
import { readDotenvEntries } from '../../formats/dotenv';
import type { CodeLanguage, Range } from '../../types';
import type { Rule, RuleContext } from '../rule';
import { isDeployEnvFile } from './deploy-scope';
import { detectDiskState } from './disk-state-code';
import { examples } from './local-filesystem-state.examples';

const ADVICE = 'files written there vanish with the instance and are not seen by the others (VI. Processes). Store them in object storage (S3, GCS, Azure Blob) or another backing service.';

/** Laravel disks on the instance's own filesystem. */
const LOCAL_DISKS = new Set(['local', 'public']);

function dotenvDisks(context: RuleContext): { range: Range; message: string }[] {
  if (!isDeployEnvFile(context.path, context.workspace)) return [];
  return readDotenvEntries(context.text)
    .filter((e) => (e.key === 'FILESYSTEM_DISK' || e.key === 'FILESYSTEM_DRIVER') && LOCAL_DISKS.has(e.value.trim().toLowerCase()))
    .map((e) => ({
      range: context.index.range(e.valueStart, e.valueEnd),
      message: `\`${e.key}=${e.value.trim()}\` keeps Laravel files on the local disk: ${ADVICE}`,
    }));
}

export const localFilesystemState: Rule = {
  meta: {
    id: 'processes/local-filesystem-state',
    title: 'Uploads and files kept on the local disk',
    category: 'processes',
    reference: 'VI. Processes',
    rationale:
      'A twelve-factor process never assumes its disk outlives the request: uploads stored on one instance are lost when it is replaced and missing on every other instance, so durable files belong in object storage.',
    defaultSeverity: 'info',
    languages: ['javascript', 'typescript', 'tsx', 'python', 'ruby', 'java', 'csharp', 'go', 'dotenv'],
    docs: 'docs/rules/processes/local-filesystem-state.md',
    prefilter: /multer|formidable|FileSystemStorage|active_storage|FILESYSTEM_(DISK|DRIVER)|transferTo|IFormFile|SaveUploadedFile|SaveFile|SaveToFile|FormFile|MultipartForm|MultipartReader|[Uu]pload|attachments|user[-_]?(files|content)/,
    examples,
  },
  check(context) {
    if (context.isTest) return;
    if (context.language === 'dotenv') {
      for (const finding of dotenvDisks(context)) context.report(finding);
      return;
    }
    if (!isCodeLanguage(context.language) || !context.facts) return;
    for (const d of detectDiskState(context.language as CodeLanguage, context.facts, context.text, context.path)) {
      context.report({ range: d.span.range, message: `${d.what}: ${ADVICE}` });
    }
  },
};
