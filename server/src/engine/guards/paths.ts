import { minimatch } from 'minimatch';

/** Vendored, generated and lock files: never analysed. The pattern is shown as the reason. */
export const VENDORED_GLOBS: readonly string[] = [
  '**/node_modules/**',
  '**/bower_components/**',
  '**/vendor/**',
  '**/dist/**',
  '**/out/**',
  '**/.next/**',
  '**/.nuxt/**',
  '**/coverage/**',
  '**/.git/**',
  '**/.venv/**',
  '**/venv/**',
  '**/site-packages/**',
  '**/*.dist-info/**',
  '**/__pycache__/**',
  '**/*.min.js',
  '**/*.min.mjs',
  '**/*.bundle.js',
  '**/*.map',
  '**/package-lock.json',
  '**/npm-shrinkwrap.json',
  '**/yarn.lock',
  '**/pnpm-lock.yaml',
  '**/poetry.lock',
  '**/Pipfile.lock',
  '**/Gemfile.lock',
  '**/composer.lock',
  '**/go.sum',
  '**/Cargo.lock',
  '**/packages.lock.json',
  '**/*.generated.*',
  '**/*.g.cs',
  '**/*.designer.cs',
  '**/*_pb2.py',
  '**/*.pb.go',
];

/** Test code: configuration findings there are lowered or dropped. */
export const TEST_GLOBS: readonly string[] = [
  '**/test/**',
  '**/tests/**',
  '**/__tests__/**',
  '**/__mocks__/**',
  '**/spec/**',
  '**/src/test/**',
  '**/testdata/**',
  '**/fixtures/**',
  '**/e2e/**',
  '**/cypress/**',
  '**/playwright/**',
  // Benchmarks are measured, never deployed: their fixtures are test data.
  '**/benchmark/**',
  '**/benchmarks/**',
  '**/*_test.go',
  '**/*.test.{js,jsx,ts,tsx,mjs,cjs,mts,cts}',
  '**/*.spec.{js,jsx,ts,tsx,mjs,cjs,mts,cts}',
  '**/test_*.py',
  '**/*_test.py',
  '**/conftest.py',
  '**/*Test.java',
  '**/*Tests.java',
  '**/*Tests.cs',
  '**/*Test.cs',
  '**/*_spec.rb',
  '**/*_test.rb',
  '**/*Test.php',
];

const OPTIONS = { dot: true, nocase: false, matchBase: false } as const;

type Matcher = (path: string) => string | undefined;

/** Compiles glob lists once; returns the first glob that matches, for messages. */
function compile(globs: readonly string[]): Matcher {
  const compiled = globs.map((g) => ({ glob: g, re: minimatch.makeRe(g, OPTIONS) }));
  return (path) => {
    const p = normalize(path);
    for (const { glob, re } of compiled) if (re && re.test(p)) return glob;
    return undefined;
  };
}

/** Paths are matched with `/` separators and without a leading `./`; a leading `/` is kept. */
export function normalize(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.\//, '');
}

const vendoredMatcher = compile(VENDORED_GLOBS);
const testMatcher = compile(TEST_GLOBS);
const matcherCache = new Map<string, Matcher>();

function cached(globs: readonly string[]): Matcher {
  const key = globs.join('\n');
  let matcher = matcherCache.get(key);
  if (!matcher) {
    if (matcherCache.size > 64) matcherCache.clear();
    matcher = compile(globs.map((g) => (g.includes('/') ? g.replace(/^\//, '') : `**/${g}`)));
    matcherCache.set(key, matcher);
  }
  return matcher;
}

export function vendoredPattern(path: string): string | undefined {
  return vendoredMatcher(path);
}

export function isTestPath(path: string, extraGlobs: readonly string[] = []): boolean {
  return testMatcher(path) !== undefined || (extraGlobs.length > 0 && cached(extraGlobs)(path) !== undefined);
}

/** The user's exclude glob that matches a workspace-relative path, if any. */
export function excludedBy(path: string, globs: readonly string[]): string | undefined {
  return globs.length > 0 ? cached(globs)(path) : undefined;
}
