// Which kind of operation a GraphQL document holds, read from the document text itself.
// The client decides whether a lost request may be sent again from this, so it must not be
// fooled by what a line-based check misses: generated documents are indented, may put their
// fragments first, and any document may carry comments, strings and default values that
// contain the words `query` or `mutation` or braces.
//
// A full parser (graphql's `parse`) would do it, but adds about 36 KB minified to a client that
// is otherwise ~22 KB minified and deliberately ships no graphql runtime (codegen's documentMode:
// "string"), which matters for a WeChat mini-program's package limit. So this file follows the
// GraphQL lexical grammar just far enough: it skips what the spec calls ignored tokens
// (whitespace, commas, comments, the BOM), strings and block strings, and counts brackets, and
// reads the keyword that opens each top-level definition. A test checks it against graphql's
// parser on every generated document and on awkward hand-written ones.

export type OperationType = "query" | "mutation" | "subscription";

/**
 * The type of every operation in the document, in order (fragments are not operations). A
 * shorthand `{ … }` is a query. Text that is not a document yields an empty or partial list.
 */
export function operationTypes(document: string): OperationType[] {
  const types: OperationType[] = [];
  let depth = 0;
  let inDefinition = false;
  for (const token of significantTokens(document)) {
    // The first token of a top-level definition says what it is; any later name (an
    // operation or fragment called `mutation`, a type condition) is not a keyword.
    if (depth === 0 && !inDefinition) {
      if (token === "{") types.push("query");
      else if (token === "query" || token === "mutation" || token === "subscription") types.push(token);
      inDefinition = true;
    }
    if (token === "{" || token === "(" || token === "[") depth += 1;
    else if (token === "}" || token === ")" || token === "]") {
      depth -= 1;
      // Variable definitions and directive arguments close with ")" or "]"; a definition
      // ends only when its top-level selection set closes.
      if (depth === 0 && token === "}") inDefinition = false;
    }
  }
  return types;
}

/** Names and brackets, in order; everything else (strings, numbers, punctuation, ignored tokens) is dropped. */
function* significantTokens(text: string): Generator<string> {
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === "#") {
      while (i < text.length && text[i] !== "\n" && text[i] !== "\r") i += 1;
    } else if (text.startsWith('"""', i)) {
      // A block string ends at the first `"""` not escaped as `\"""`.
      i += 3;
      while (i < text.length && !text.startsWith('"""', i)) i += text.startsWith('\\"""', i) ? 4 : 1;
      i += 3;
    } else if (c === '"') {
      // A string ends at an unescaped quote (or, malformed, at the end of its line).
      i += 1;
      while (i < text.length && text[i] !== '"' && text[i] !== "\n" && text[i] !== "\r") i += text[i] === "\\" ? 2 : 1;
      i += 1;
    } else if (/[_A-Za-z]/.test(c)) {
      const start = i;
      while (i < text.length && /[_0-9A-Za-z]/.test(text[i])) i += 1;
      yield text.slice(start, i);
    } else if (/[-0-9]/.test(c)) {
      // A number, exponent and all (`1e10` must not yield the name `e10`).
      while (i < text.length && /[-+.0-9A-Za-z_]/.test(text[i])) i += 1;
    } else {
      if ("{}()[]".includes(c)) yield c;
      i += 1;
    }
  }
}
