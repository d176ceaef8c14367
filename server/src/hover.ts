import { MarkupKind, type CancellationToken, type Hover, type HoverParams, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analyzer } from './analyzer';
import { throwIfCancelled } from './cancellation';
import { docsHref } from './diagnostics';
import { containsPosition, ruleById, type Finding } from './engine';

/** Markdown explaining one finding: what, why (the factor), and where to read more. */
export function hoverMarkdown(finding: Finding): string {
  const meta = ruleById(finding.ruleId)?.meta;
  if (!meta) return finding.message;
  const href = docsHref(meta.id);
  const lines = [
    `**FactorGuard: ${meta.title}** \`${meta.id}\``,
    '',
    finding.message,
    '',
    `*Why it matters:* ${meta.rationale}`,
    '',
    `*Reference:* ${meta.reference}${href ? ` · [Rule documentation](${href})` : ''}`,
  ];
  return lines.join('\n');
}

/** `textDocument/hover` on a finding's range. */
export async function provideHover(params: HoverParams, token: CancellationToken, documents: TextDocuments<TextDocument>, analyzer: Analyzer): Promise<Hover | null> {
  const document = documents.get(params.textDocument.uri);
  if (!document) return null;
  const { result } = await analyzer.analyzeDocument(document);
  throwIfCancelled(token);
  const hits = result.findings.filter((f) => containsPosition(f.range, params.position));
  if (hits.length === 0) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: hits.map(hoverMarkdown).join('\n\n---\n\n') },
    range: hits[0].range,
  };
}
