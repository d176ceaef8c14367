import { run } from './run';
import { isAnalyzerWorker, serveAnalyses } from './worker';

/** The command line, on the main thread. */
function runCli(): void {
  // A closed pipe (`factorguard scan | head`) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });

  const io = { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, workerScript: __filename };
  void run(process.argv.slice(2), io).then((code) => {
    // exitCode, not exit(): pending stdout writes to a pipe are flushed first.
    process.exitCode = code;
  });
}

// This file is also the analysis workers' script, so the bundle stays one file.
if (isAnalyzerWorker()) serveAnalyses();
else runCli();
