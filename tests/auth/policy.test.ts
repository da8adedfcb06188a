// Every root field of the contract has exactly one policy entry, and every entry names a root
// field: a feature that adds a query or mutation without saying who may call it fails here
// (and its field is refused at run time by the shield's "*": deny).
import { Role } from "../../api/auth/actor";
import { admits } from "../../api/auth/policy";
import { FEATURES } from "../../api/features";
import { ISSUE_ACTIONS, ISSUE_POLICY } from "../../api/issues/issue.policy";
import { buildContractSchema, POLICY } from "../../api/server";

const schema = buildContractSchema();
const rootFields = [schema.getQueryType(), schema.getMutationType()].flatMap((t) => Object.keys(t?.getFields() ?? {}));

it("has a policy entry for every root field, and no entry without a field", () => {
  expect(rootFields.filter((f) => !POLICY[f])).toEqual([]);
  expect(Object.keys(POLICY).filter((f) => !rootFields.includes(f))).toEqual([]);
});

it("has each root field in exactly one feature's table", () => {
  const owners = new Map<string, string[]>();
  for (const feature of FEATURES) for (const field of Object.keys(feature.policy)) owners.set(field, [...(owners.get(field) ?? []), feature.name]);
  expect([...owners].filter(([, names]) => names.length > 1)).toEqual([]);
});

it("answers 'who may close an issue' in one line", () => {
  expect(ISSUE_ACTIONS.close).toMatchObject({ field: "closeIssue", relation: "reporterOrHandler", from: ["RESOLVED"], to: "CLOSED" });
  expect(Object.values(Role).filter((r) => admits(ISSUE_POLICY.closeIssue.who, r))).toEqual(Object.values(Role).filter((r) => r !== Role.PARTNER));
});

it("gives every issue transition's mutation the union of its actions' roles", () => {
  for (const action of Object.values(ISSUE_ACTIONS)) {
    const entry = ISSUE_POLICY[action.field];
    for (const role of Object.values(Role)) if (admits(action.who, role)) expect([action.field, role, admits(entry.who, role)]).toEqual([action.field, role, true]);
  }
});
