/** The engine's public surface: pure analysis from text and settings to findings. */
export { Engine, type AnalyzeInput, type EngineOptions } from './analyze';
export { classify, isCodeLanguage } from './classify';
export { describeSkip, formatBytes } from './limits';
export { maskSecret, redact, redactLikelySecrets } from './mask';
export { allRuleMetas, ruleById, RULES } from './registry';
export { CONFIG_FILE_NAME, DEFAULT_SETTINGS, mergeSettings, parseConfigFile, validateSettings, type Settings } from './settings';
export { planMoveToEnv, type EnvFilesState, type FileChange, type MoveToEnvPlan } from './fixes/moveToEnv';
export { ignoreFileEdit, ignoreNextLineEdit, REASON_PLACEHOLDER } from './fixes/suppress';
export { applyEdits, LineIndex, rangesOverlap, containsPosition } from './text';
export * from './types';
export { readDotenvEntries, isEnvTemplateName } from './formats/dotenv';
export { planAppend, type AppendPlan } from './fixes/appendToFile';
