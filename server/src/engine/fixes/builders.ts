import type { RuleContext } from '../rules/rule';
import type { MoveToEnvFix, Range } from '../types';
import { envAccessEdits } from './envAccess';

/** A "Move to environment variable" fix for a literal at `range`. */
export function moveToEnvFix(context: RuleContext, range: Range, value: string, name: string, secret: boolean): MoveToEnvFix {
  return {
    kind: 'moveToEnv',
    range,
    value,
    name,
    language: context.language,
    secret,
    extraEdits: envAccessEdits(context.facts, context.index),
  };
}
