import type { Rule } from '../rule';
import { migrationInImageBuild } from './migration-in-image-build';

/** Admin tasks in the image build. */
export const BUILD_ADMIN_RULES: readonly Rule[] = [migrationInImageBuild];
