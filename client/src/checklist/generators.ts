// The generators the client offers as commands, in palette order. The ids are
// the server's (`GeneratorId`); the command ids and titles are the manifest's,
// and a unit test keeps the two in step.
import type { GeneratorId } from '../../../server/src/checklist/types';

export interface GeneratorCommand {
  id: GeneratorId;
  command: string;
  title: string;
}

export const GENERATORS: readonly GeneratorCommand[] = [
  { id: 'ciWorkflow', command: 'factorguard.generate.ciWorkflow', title: 'Generate CI Workflow (tests + scan)' },
  { id: 'preCommitHook', command: 'factorguard.generate.preCommitHook', title: 'Generate Pre-commit Hook (secret scan)' },
  { id: 'envExample', command: 'factorguard.generate.envExample', title: 'Generate .env.example' },
  { id: 'gitignoreEnv', command: 'factorguard.generate.gitignoreEnv', title: 'Add .env to .gitignore' },
  { id: 'dependabot', command: 'factorguard.generate.dependabot', title: 'Generate Dependabot Configuration' },
  { id: 'postmortemTemplate', command: 'factorguard.generate.postmortemTemplate', title: 'Generate Post-mortem Template' },
  { id: 'codeowners', command: 'factorguard.generate.codeowners', title: 'Generate CODEOWNERS' },
];
