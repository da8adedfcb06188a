// Fixtures several suites share: a neighbouring district (so even district-wide actors have
// something outside their scope) and the issue-loop mutation documents.
import type { OrgUnitRecord } from "../../api/org/org.codec";
import { OrgUnitKind } from "../../api/org/org.enums";

/** 九龙坡区's grid, the one unit below district level the neighbour has. */
export const NEIGHBOUR_GRID = "50010700100101";

/** 九龙坡区 with one unit per level down to a grid and a building. */
export function neighbourDistrict(): OrgUnitRecord[] {
  const at = "2026-01-01T00:00:00.000Z";
  const levels: [OrgUnitKind, string, string][] = [
    [OrgUnitKind.DISTRICT, "500107", "九龙坡区"],
    [OrgUnitKind.STREET, "001", "杨家坪街道"],
    [OrgUnitKind.COMMUNITY, "001", "西郊社区"],
    [OrgUnitKind.GRID, "01", "西郊社区第1网格"],
    [OrgUnitKind.BUILDING, "001", "1栋"],
  ];
  const units: OrgUnitRecord[] = [];
  for (const [kind, segment, name] of levels) {
    const parent = units[units.length - 1];
    const code = (parent?.code ?? "") + segment;
    units.push({
      id: code,
      kind,
      segment,
      code,
      name,
      parentId: parent?.id ?? null,
      path: `${parent?.path ?? ""}/${segment}`,
      ancestorIds: parent ? [...parent.ancestorIds, parent.id] : [],
      version: 1,
      partyBranch: null,
      workers: [],
      createdAt: at,
      updatedAt: at,
    });
  }
  return units;
}

/** The input type of each issue transition mutation. */
export const TRANSITION_INPUTS = {
  accept: ["acceptIssue", "AcceptIssueInput"],
  reject: ["rejectIssue", "RejectIssueInput"],
  merge: ["mergeIssue", "MergeIssueInput"],
  assign: ["assignIssue", "AssignIssueInput"],
  escalate: ["escalateIssue", "ReasonInput"],
  return: ["returnIssue", "ReasonInput"],
  start: ["startIssue", "IssueNoteInput"],
  resolve: ["resolveIssue", "ResolveIssueInput"],
  close: ["closeIssue", "CloseIssueInput"],
  reopen: ["reopenIssue", "ReasonInput"],
  supervise: ["superviseIssue", "SuperviseIssueInput"],
  comment: ["commentIssue", "CommentIssueInput"],
} as const;

export type TransitionName = keyof typeof TRANSITION_INPUTS;

/** One mutation document per transition, each selecting `selection` of the issue. */
export function transitionDocuments(selection: string): Record<TransitionName, string> {
  return Object.fromEntries(Object.entries(TRANSITION_INPUTS).map(([name, [field, input]]) => [name, `mutation($i: ${input}!) { ${field}(input: $i) ${selection} }`])) as Record<
    TransitionName,
    string
  >;
}
