import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { version } from '../../package.json';
import { Analyzer } from './analyzer';
import { throwIfCancelled } from './cancellation';
import { FIX_ALL_KIND, provideCodeActions, type CodeActionDeps } from './codeActions';
import { toDiagnostic } from './diagnostics';
import { editCapabilities } from './edits';
import { allRuleMetas, CONFIG_FILE_NAME, Engine, redactLikelySecrets } from './engine';
import { provideHover } from './hover';
import { ListRulesRequest, ServerCommands } from './protocol';
import { runScanCommand, showNotes } from './commands';
import { ChecklistService } from './checklistService';
import { SettingsStore } from './settings';
import { resolveWasmDir } from './workspace/wasm';
import { WorkspaceFolders } from './workspaceFolders';
import { WorkspaceScan } from './workspaceScan';

const connection = createConnection(ProposedFeatures.all);
// Every log line and crash report goes through the secret mask: error messages can quote file content.
for (const level of ['log', 'info', 'warn', 'error'] as const) {
  const write = connection.console[level].bind(connection.console);
  connection.console[level] = (message: string) => write(redactLikelySecrets(message));
}
const documents = new TextDocuments(TextDocument);
const folders = new WorkspaceFolders();
const log = (message: string) => connection.console.log(message);
const engine = new Engine({
  wasmDir: resolveWasmDir(__dirname),
  onRuleError: (ruleId, file, error) => connection.console.error(`Rule ${ruleId} failed on ${file}: ${error instanceof Error ? error.stack : String(error)}`),
});

let capabilities: ClientCapabilities = {};
let settings: SettingsStore;
let analyzer: Analyzer;
let scan: WorkspaceScan;
let actionDeps: CodeActionDeps;
let checklist: ChecklistService;

connection.onInitialize((params: InitializeParams): InitializeResult => {
  capabilities = params.capabilities;
  folders.set(params.workspaceFolders, params.rootUri);
  const trusted = (params.initializationOptions as { trusted?: boolean } | undefined)?.trusted !== false;
  settings = new SettingsStore(connection, folders, { pull: capabilities.workspace?.configuration === true, trusted });
  analyzer = new Analyzer(engine, settings, folders, connection);
  scan = new WorkspaceScan({ connection, folders, analyzer, settings });
  actionDeps = { documents, analyzer, settings, folders, caps: editCapabilities(capabilities), log };
  checklist = new ChecklistService({ connection, engine, settings, documents, trusted });
  checklist.register();
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      diagnosticProvider: { identifier: 'factorguard', interFileDependencies: false, workspaceDiagnostics: true },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      hoverProvider: true,
      executeCommandProvider: { commands: [ServerCommands.scanWorkspace, ServerCommands.showNotes] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'FactorGuard', version },
  };
});

connection.onInitialized(() => {
  if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'factorguard' });
  }
  if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] });
  }
  if (capabilities.workspace?.workspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      folders.change(e.added, e.removed);
      settingsChanged();
    });
  }
});

/** Settings or `.factorguard.json` changed: drop caches and let the client pull again. */
function settingsChanged(): void {
  settings.clear();
  analyzer.invalidate();
  checklist.clear();
  void connection.languages.diagnostics.refresh();
  if (scan.hasResults) void runScanCommand(connection, scan, capabilities, undefined);
}

connection.onDidChangeConfiguration((change) => {
  if (capabilities.workspace?.configuration !== true) settings.setPushed((change.settings as { factorguard?: unknown } | null)?.factorguard);
  settingsChanged();
});

connection.onDidChangeWatchedFiles(({ changes }) => {
  if (changes.some((c) => c.uri.endsWith(`/${CONFIG_FILE_NAME}`) || analyzer.isBaselineFile(c.uri))) settingsChanged();
  else if (changes.some((c) => /\/(\.gitignore|\.env[^/]*)$/.test(c.uri))) {
    // Git state of env files and the env templates code is checked against: re-read, then re-pull.
    analyzer.workspaceFactsChanged(changes.some((c) => c.uri.endsWith('/.gitignore')));
    void connection.languages.diagnostics.refresh();
  }
  for (const change of changes) {
    checklist.fileChanged(change.uri);
    if (change.type === FileChangeType.Deleted) scan.removed(change.uri);
    else if (!documents.get(change.uri)) void scan.refresh(change.uri);
  }
  // Env templates are checked against what the other files mention: re-read the changed files alone.
  void Promise.all(changes.map((c) => analyzer.fileChanged(c.uri, c.type === FileChangeType.Deleted))).then((stale) => {
    if (stale.includes(true)) void connection.languages.diagnostics.refresh();
  });
});

documents.onDidClose(({ document }) => {
  analyzer.forget(document.uri);
  void scan.refresh(document.uri);
});

connection.languages.diagnostics.on(async (params, token) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
  const { result } = await analyzer.analyzeDocument(document);
  throwIfCancelled(token);
  return { kind: DocumentDiagnosticReportKind.Full, items: result.findings.map((f) => toDiagnostic(f, document.uri)) };
});

connection.languages.diagnostics.onWorkspace((params, token) => scan.provide(params, token));
connection.onCodeAction((params, token) => provideCodeActions(params, token, actionDeps));
connection.onHover((params, token) => provideHover(params, token, documents, analyzer));
connection.onRequest(ListRulesRequest.type, () =>
  allRuleMetas().map(({ id, title, category, reference, docs }) => ({ id, title, category, reference, docs })),
);

connection.onExecuteCommand(async (params, token, workDone) => {
  if (params.command === ServerCommands.scanWorkspace) {
    return runScanCommand(connection, scan, capabilities, { token, workDone });
  }
  if (params.command === ServerCommands.showNotes) return showNotes(connection, params.arguments);
  return undefined;
});

connection.onShutdown(() => scan.dispose());
process.on('unhandledRejection', (reason) => connection.console.error(`Unhandled rejection: ${String(reason)}`));

documents.listen(connection);
connection.listen();
