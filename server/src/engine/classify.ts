import type { CodeLanguage, Language } from './types';

const CODE_EXTENSIONS: Record<string, CodeLanguage> = {
  '.js': 'javascript',
  '.mjs': 'javascript',
  '.cjs': 'javascript',
  '.jsx': 'javascript',
  '.ts': 'typescript',
  '.mts': 'typescript',
  '.cts': 'typescript',
  '.tsx': 'tsx',
  '.py': 'python',
  '.pyw': 'python',
  '.go': 'go',
  '.java': 'java',
  '.cs': 'csharp',
  '.rb': 'ruby',
  '.rake': 'ruby',
  '.gemspec': 'ruby',
  '.php': 'php',
};

/** Files that are never text: not read, not scanned. */
const BINARY_EXTENSIONS = new Set(
  (
    '.png .jpg .jpeg .gif .bmp .ico .icns .webp .avif .tif .tiff .psd .heic .svgz ' +
    '.pdf .doc .docx .xls .xlsx .ppt .pptx .odt .ods .odp .epub ' +
    '.zip .gz .tgz .bz2 .xz .zst .7z .rar .tar .jar .war .ear .aar .apk .ipa .nupkg .whl .egg .deb .rpm .dmg .iso .vsix .crx ' +
    '.exe .dll .so .dylib .a .lib .o .obj .class .pyc .pyo .pyd .wasm .node .bin .dat .db .sqlite .sqlite3 .mdb ' +
    '.woff .woff2 .ttf .otf .eot .mp3 .mp4 .m4a .mov .avi .mkv .webm .wav .flac .ogg .opus ' +
    '.map .lock.bin .pack .idx .pdb .snap .min.js .min.css'
  ).split(' '),
);

const RUBY_FILE_NAMES = new Set(['Gemfile', 'Rakefile', 'Guardfile', 'Capfile', 'config.ru']);

/** VS Code language ids, used only when the path says nothing (untitled buffers). */
const LANGUAGE_IDS: Record<string, Language> = {
  javascript: 'javascript',
  javascriptreact: 'javascript',
  typescript: 'typescript',
  typescriptreact: 'tsx',
  python: 'python',
  go: 'go',
  java: 'java',
  csharp: 'csharp',
  ruby: 'ruby',
  php: 'php',
  dotenv: 'dotenv',
  dockerfile: 'dockerfile',
  dockercompose: 'compose',
  'github-actions-workflow': 'github-actions',
  yaml: 'yaml',
  json: 'json',
  jsonc: 'json',
  properties: 'properties',
  xml: 'xml',
};

const CODE_LANGUAGES: readonly CodeLanguage[] = [
  'javascript',
  'typescript',
  'tsx',
  'python',
  'go',
  'java',
  'csharp',
  'ruby',
  'php',
];

export function isCodeLanguage(language: Language | undefined): language is CodeLanguage {
  return language !== undefined && (CODE_LANGUAGES as readonly string[]).includes(language);
}

function baseName(path: string): string {
  const normalized = path.replace(/\\/g, '/');
  return normalized.slice(normalized.lastIndexOf('/') + 1);
}

function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

function isDotenvName(name: string): boolean {
  if (name === '.envrc') return false;
  if (/^\.env(\.[\w.-]+)?$/i.test(name)) return !CODE_EXTENSIONS[extension(name)] && extension(name) !== '.json';
  return /\.env$/i.test(name) && name.length > 4;
}

function isDockerfileName(name: string): boolean {
  return /^(Docker|Container)file(\.[\w.-]+)?$/i.test(name) || /\.(docker|container)file$/i.test(name);
}

function classifyYaml(path: string, name: string, text: string | undefined): Language {
  const normalized = path.replace(/\\/g, '/');
  if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i.test(normalized) || /^action\.ya?ml$/i.test(name)) {
    return 'github-actions';
  }
  if (/^(docker-)?compose([.-][\w.-]+)?\.ya?ml$/i.test(name)) return 'compose';
  if (text !== undefined && /^apiVersion\s*:/m.test(text) && /^kind\s*:/m.test(text)) return 'kubernetes';
  return 'yaml';
}

/**
 * The language of a file, from its name first and its content only where the
 * name is ambiguous (a YAML file may be a Kubernetes manifest).
 */
export function classify(path: string, text?: string, languageId?: string): Language | undefined {
  const name = baseName(path);
  if (isDotenvName(name)) return 'dotenv';
  if (isDockerfileName(name)) return 'dockerfile';
  if (RUBY_FILE_NAMES.has(name)) return 'ruby';
  const ext = extension(name);
  const code = CODE_EXTENSIONS[ext];
  if (code) return code;
  if (ext === '.yml' || ext === '.yaml') return classifyYaml(path, name, text);
  if (ext === '.json' || ext === '.jsonc') return 'json';
  if (ext === '.properties') return 'properties';
  if (ext === '.xml' || (ext === '.config' && text !== undefined && /^\uFEFF?\s*</.test(text))) return 'xml';
  if (languageId && LANGUAGE_IDS[languageId]) return LANGUAGE_IDS[languageId];
  if (BINARY_EXTENSIONS.has(ext) || /\.min\.(js|css)$/i.test(name) || /(^|\/)\.git\//.test(path.replace(/\\/g, '/'))) return undefined;
  // Any other file is text to the secrets rules (binary content is caught by the limits).
  return 'plaintext';
}
