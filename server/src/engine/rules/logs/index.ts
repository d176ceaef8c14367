import type { Rule } from '../rule';
import { bufferedStdout } from './buffered-stdout';
import { directLogFileWrite } from './direct-log-file-write';
import { fileAppenderInConfig } from './file-appender-in-config';
import { fileHandlerInCode } from './file-handler-in-code';

export const LOGS_RULES: readonly Rule[] = [fileHandlerInCode, fileAppenderInConfig, directLogFileWrite, bufferedStdout];
