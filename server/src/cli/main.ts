import { run } from './run';

// A closed pipe (`factorguard scan | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

void run(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr }).then((code) => {
  // exitCode, not exit(): pending stdout writes to a pipe are flushed first.
  process.exitCode = code;
});
