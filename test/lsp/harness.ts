import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, promises as fs, cpSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-languageserver-protocol/node';
import { applyEdits } from '../../server/src/engine/text';
import type { ClientCapabilities, CreateFile, InitializeResult, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';

export const SERVER = path.resolve(__dirname, '../../../dist/server.js');
export const FIXTURES = path.resolve(__dirname, '../../../test/lsp/fixtures');

/** Client capabilities of a modern editor (what VS Code advertises for the features we use). */
export const CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceFolders: true,
    diagnostics: { refreshSupport: true },
    workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] },
  },
  textDocument: {
    diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, dataSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
  },
  window: { workDoneProgress: true },
};

export interface Session {
  connection: MessageConnection;
  process: ChildProcess;
  root: string;
  rootUri: string;
  /** Settings the fake client answers `workspace/configuration` with (section `factorguard`). */
  settings: Record<string, unknown>;
  /** Answers for other configuration sections, such as `files.exclude`. */
  sections: Record<string, unknown>;
  /** Server-to-client messages received, by method. */
  received: Map<string, unknown[]>;
  stderr: string[];
  initializeResult?: InitializeResult;
  uri(relative: string): string;
  /** Resolves when the server has sent `method` `count` times in total. */
  waitFor(method: string, count?: number): Promise<unknown[]>;
  close(): Promise<void>;
}

/** Copies a fixture workspace to a temp folder, so tests can change files freely. */
export function copyFixture(name: string): string {
  const root = mkdtempSync(path.join(os.tmpdir(), `fg-lsp-${name}-`));
  cpSync(path.join(FIXTURES, name), root, { recursive: true });
  return root;
}

/** Starts `dist/server.js --stdio` and initializes it with one workspace folder. */
export async function start(root: string, options: { capabilities?: ClientCapabilities; trusted?: boolean } = {}): Promise<Session> {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const received = new Map<string, unknown[]>();
  const waiters: { method: string; count: number; resolve: (v: unknown[]) => void }[] = [];
  const stderr: string[] = [];
  child.stderr!.on('data', (d: Buffer) => stderr.push(d.toString()));
  const record = (method: string, params: unknown) => {
    const list = received.get(method) ?? [];
    list.push(params);
    received.set(method, list);
    for (const w of waiters.filter((w) => w.method === method && list.length >= w.count)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(list);
    }
  };
  const rootUri = pathToFileURL(root).toString();
  const session: Session = {
    connection,
    process: child,
    root,
    rootUri,
    settings: {},
    sections: {},
    received,
    stderr,
    uri: (relative) => pathToFileURL(path.join(root, relative)).toString(),
    waitFor: (method, count = 1) =>
      new Promise((resolve) => {
        const list = received.get(method) ?? [];
        if (list.length >= count) resolve(list);
        else waiters.push({ method, count, resolve });
      }),
    close: async () => {
      await connection.sendRequest('shutdown', null).catch(() => undefined);
      await connection.sendNotification('exit', null).catch(() => undefined);
      connection.dispose();
      if (child.exitCode === null) child.kill();
    },
  };
  connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => {
    record('workspace/configuration', params);
    return params.items.map((item) => (item.section === 'factorguard' ? session.settings : session.sections[item.section ?? ''] ?? {}));
  });
  connection.onRequest((method: string, params: unknown) => {
    record(method, params);
    return null;
  });
  connection.onNotification((method: string, params: unknown) => record(method, params));
  connection.listen();
  session.initializeResult = await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: path.basename(root) }],
    capabilities: options.capabilities ?? CAPABILITIES,
    initializationOptions: { trusted: options.trusted ?? true },
  });
  await connection.sendNotification('initialized', {});
  return session;
}

export async function open(session: Session, relative: string, languageId: string, text?: string): Promise<string> {
  const uri = session.uri(relative);
  const content = text ?? (await fs.readFile(path.join(session.root, relative), 'utf8'));
  await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text: content } });
  return uri;
}

/**
 * Applies a WorkspaceEdit to disk the way an editor would: resource
 * operations in order, text edits against the current file content.
 */
export async function applyToDisk(edit: WorkspaceEdit): Promise<void> {
  for (const change of edit.documentChanges ?? []) {
    if ('kind' in change) {
      const create = change as CreateFile;
      const file = new URL(create.uri);
      const exists = await fs.stat(file).then(() => true, () => false);
      // As VS Code does: an existing file is an error unless the operation says to ignore or overwrite it.
      if (exists && !create.options?.ignoreIfExists && !create.options?.overwrite) throw new Error(`${create.uri} exists`);
      if (!exists) {
        await fs.mkdir(path.dirname(file.pathname), { recursive: true });
        await fs.writeFile(file, '');
      }
      continue;
    }
    const textEdit = change as TextDocumentEdit;
    const file = new URL(textEdit.textDocument.uri);
    const before = await fs.readFile(file, 'utf8');
    await fs.writeFile(file, applyEdits(before, textEdit.edits.map((e) => ('newText' in e ? e : { range: e.range, newText: e.snippet.value }))));
  }
}
