// The explorer page `npm start` serves: GraphiQL, bundled locally by ../build.ts, with a picker
// of the demo users' tokens. Everything it loads comes from the local server (see ../page.ts
// for the page and its content security policy); it sends the picked token as the
// Authorization header of every request, introspection included.
import { GraphiQL, type GraphiQLProps } from "graphiql";
import { createElement as h, useState } from "react";
import { createRoot } from "react-dom/client";
import "graphiql/style.css";
import "./app.css";

/** One demo user as the server hands them to the page (../page.ts). */
interface DemoToken {
  id: string;
  role: string;
  name: string;
  what: string;
  token: string;
}

const tokens: DemoToken[] = JSON.parse(document.getElementById("demo-tokens")?.textContent ?? "[]");
const stored = localStorage.getItem("gridnet:user");
let picked: DemoToken | undefined = tokens.find((t) => t.id === stored) ?? tokens[0];

const DEFAULT_QUERY = `# Pick a demo user above; their token goes in the Authorization header.
{
  me { role scope { name path } }
  categories { code name defaultPriority }
}
`;

/** POSTs JSON to the same server; the picked token first, the headers editor's may override it. */
const fetcher: GraphiQLProps["fetcher"] = async (params, options) => {
  const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" };
  if (picked) headers.authorization = `Bearer ${picked.token}`;
  Object.assign(headers, options?.headers);
  const response = await fetch("/graphql", { method: "POST", headers, body: JSON.stringify(params) });
  return response.json();
};

function Picker() {
  const [id, setId] = useState(picked?.id ?? "");
  const choose = (next: string) => {
    picked = tokens.find((t) => t.id === next);
    localStorage.setItem("gridnet:user", next);
    setId(next);
  };
  return h(
    "header",
    { className: "gridnet-bar" },
    h("strong", null, "gridnet"),
    h(
      "label",
      null,
      "Run as ",
      h(
        "select",
        { id: "demo-user", value: id, onChange: (e: { target: { value: string } }) => choose(e.target.value) },
        h("option", { value: "" }, "anonymous (no token)"),
        ...tokens.map((t) => h("option", { key: t.id, value: t.id }, `${t.name} — ${t.role}, ${t.what}`)),
      ),
    ),
  );
}

function App() {
  return h("div", { className: "gridnet-page" }, h(Picker), h("main", null, h(GraphiQL, { fetcher, defaultQuery: DEFAULT_QUERY, shouldPersistHeaders: false })));
}

createRoot(document.getElementById("root")!).render(h(App));
