import type { Span, SyntaxFacts } from '../languages/facts';

/** Words with which an author says a value is a stand-in, reached by nothing (`# arbitrary private address`). */
const STAND_IN = /\b(arbitrary|dummy|placeholder|bogus|fake|unroutable|non-?routable)\b/i;

/**
 * A comment on the literal's line, or on the line just above it, calls the value a stand-in: the author
 * says no deploy is meant to reach it (werkzeug's UDP probe of "an arbitrary private address").
 */
export function commentedAsStandIn(facts: SyntaxFacts, literal: Span): boolean {
  const line = literal.range.start.line;
  return facts.comments.some((c) => {
    const at = c.range.end.line;
    return (at === line || at === line - 1) && STAND_IN.test(c.text);
  });
}
