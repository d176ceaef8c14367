import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver/node';

/** Ends a request the client no longer wants, as LSP expects (RequestCancelled). */
export function throwIfCancelled(token: CancellationToken): void {
  if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
}
