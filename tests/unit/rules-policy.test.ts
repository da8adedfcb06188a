// The root-field entries derived from a table of action rows (actionFields), without a server:
// one entry per mutation, admitting the union of its rows' role gates, with the relation its
// rows share — and a table whose rows of one mutation name different relations refused.
import { Role } from "../../api/auth/actor";
import { actionFields, type ActionRow } from "../../api/auth/policy";

const R = Role;

describe("actionFields", () => {
  it("gives each mutation one entry: the union of its rows' roles and their shared relation", () => {
    const rows: Record<string, ActionRow> = {
      close: { field: "closeIssue", who: [R.RESIDENT], relation: "reporterOrHandler" },
      rework: { field: "closeIssue", who: [R.STREET_ADMIN, R.RESIDENT], relation: "reporterOrHandler" },
      accept: { field: "acceptIssue", who: [R.COMMUNITY_ADMIN], relation: "handler" },
      comment: { field: "commentIssue", who: "signedIn", relation: "visible" },
    };
    expect(actionFields(rows)).toEqual({
      closeIssue: { who: [R.STREET_ADMIN, R.RESIDENT], relation: "reporterOrHandler" },
      acceptIssue: { who: [R.COMMUNITY_ADMIN], relation: "handler" },
      commentIssue: { who: "signedIn", relation: "visible" },
    });
  });

  it("refuses a table whose rows of one mutation name different relations, naming the mutation", () => {
    const rows: Record<string, ActionRow> = {
      accept: { field: "acceptIssue", who: [R.COMMUNITY_ADMIN], relation: "handler" },
      close: { field: "closeIssue", who: [R.RESIDENT], relation: "reporterOrHandler" },
      rework: { field: "closeIssue", who: [R.RESIDENT], relation: "reporterOrHandler" },
      sneak: { field: "closeIssue", who: [R.PARTNER], relation: "visible" },
    };
    expect(() => actionFields(rows)).toThrow(new Error("The rows of closeIssue name different relations."));
    // The first row differing is enough, wherever it sits.
    const { sneak, ...rest } = rows;
    expect(() => actionFields({ sneak, ...rest })).toThrow(new Error("The rows of closeIssue name different relations."));
  });

  it("accepts a mutation served by one row, and an empty table", () => {
    expect(actionFields({ only: { field: "openMeeting", who: [R.DISTRICT_ADMIN], relation: "runsCouncil" } })).toEqual({
      openMeeting: { who: [R.DISTRICT_ADMIN], relation: "runsCouncil" },
    });
    expect(actionFields({})).toEqual({});
  });
});
