// Serves the explorer `npm start` offers at `/` (and at `/graphql` when a browser opens it):
// the page, with the demo users' tokens inlined for its picker, and the files ./build.ts made.
//
// The page is the only place the local server hands out tokens, so it is guarded: it is
// served only to requests addressed to a loopback name (a page elsewhere that rebinds its
// own domain to 127.0.0.1 gets nothing), it carries no CORS header (other origins cannot read
// it), and its content security policy lets it load and call nothing but this server.
import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join } from "node:path";
import type { DemoToken } from "../demo-tokens";
import type { ExplorerBuild } from "./build";

const LOOPBACK_NAMES = new Set(["localhost", "127.0.0.1", "[::1]"]);

const POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // React and GraphiQL set style attributes on elements.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

const HEADERS = {
  "content-security-policy": POLICY,
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cache-control": "no-store",
};

/** Answers the explorer's requests (true), or leaves the request to the API (false). */
export type ExplorerRoutes = (req: IncomingMessage, url: URL, res: ServerResponse) => boolean;

export function explorerRoutes(build: ExplorerBuild, tokens: readonly DemoToken[]): ExplorerRoutes {
  const assets = new Map([
    ["/explorer/app.js", { type: "text/javascript; charset=utf-8", body: readFileSync(join(build.dir, "app.js")) }],
    ["/explorer/app.css", { type: "text/css; charset=utf-8", body: readFileSync(join(build.dir, "app.css")) }],
  ]);
  return (req, url, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    const asset = assets.get(url.pathname);
    if (asset) {
      res.writeHead(200, { ...HEADERS, "content-type": asset.type, "content-length": asset.body.length });
      res.end(req.method === "HEAD" ? undefined : asset.body);
      return true;
    }
    // A browser opening the API's address; a GET query (`?query=…`) is the API's.
    const wantsPage = (url.pathname === "/" || url.pathname === "/graphql") && !url.searchParams.has("query") && (req.headers.accept ?? "").includes("text/html");
    if (!wantsPage) return false;
    const host = new URL(`http://${req.headers.host ?? ""}`).hostname;
    const html = page(LOOPBACK_NAMES.has(host) ? tokens : null);
    res.writeHead(200, { ...HEADERS, "content-type": "text/html; charset=utf-8" });
    res.end(req.method === "HEAD" ? undefined : html);
    return true;
  };
}

/** The page; `tokens` null when the request did not come through a loopback name. */
function page(tokens: readonly DemoToken[] | null): string {
  // Inside <script>, "</script>" or "<!--" in a value would end the block: escape every "<".
  const json = JSON.stringify(tokens ?? []).replace(/</g, "\\u003c");
  const note = tokens ? "" : `<p class="gridnet-note">Demo tokens are offered only at http://localhost or http://127.0.0.1; add an authorization header below.</p>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>gridnet — GraphQL explorer</title>
<link rel="stylesheet" href="/explorer/app.css">
</head>
<body>
${note}<div id="root"></div>
<script type="application/json" id="demo-tokens">${json}</script>
<script type="module" src="/explorer/app.js"></script>
</body>
</html>
`;
}
