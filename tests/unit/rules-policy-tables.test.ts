// Every policy table, row by row, written out here by hand from the README's roles, docs/councils.md
// and docs/places.md: who may call each root field and the relation the feature's rules check on
// the loaded target. An edit to any table that changes who may do what fails here, before any
// DynamoDB suite runs (tests/auth/ then proves the server enforces the rows).
import { Role } from "../../api/auth/actor";
import { admits, type PolicyEntry, type Who } from "../../api/auth/policy";
import { MeetingState } from "../../api/councils/council.enums";
import { COUNCIL_POLICY, MEETING_ACTIONS } from "../../api/councils/councils.policy";
import { MediationEventKind, MediationState } from "../../api/mediation/mediation.enums";
import { MEDIATION_ACTIONS, MEDIATION_POLICY, MEDIATOR_ROLES } from "../../api/mediation/mediation.policy";
import { PLACES_POLICY } from "../../api/places/places.policy";
import { MERGE_TARGET_STATES, WAITING_STATES } from "../../api/issues/issue.machine";
import { IssueState } from "../../api/issues/issue.enums";
import { ISSUE_ACTIONS, ISSUE_POLICY } from "../../api/issues/issue.policy";
import { NOTICE_POLICY } from "../../api/notices/notice.policy";
import { NOTIFICATION_POLICY } from "../../api/notifications/notification.policy";
import { ORG_POLICY } from "../../api/org/org.policy";
import { PEOPLE_POLICY } from "../../api/people/people.policy";

const R = Role;
const EVERY_ROLE = Object.values(Role);
const ADMINS = [R.DISTRICT_ADMIN, R.STREET_ADMIN, R.COMMUNITY_ADMIN];
const ALL_BUT_PARTNERS = EVERY_ROLE.filter((role) => role !== R.PARTNER);
const OFFICERS_AND_VOLUNTEERS = [...ADMINS, R.GRID_WORKER, R.VOLUNTEER];

/** The roles an entry admits, in the roles' own order (public and signedIn admit all seven). */
const admitted = (who: Who) => EVERY_ROLE.filter((role) => admits(who, role));

/** A table as { field: [who it admits, relation] }, to compare with the expected rows whole. */
const rows = (table: Record<string, PolicyEntry>) => Object.fromEntries(Object.entries(table).map(([field, entry]) => [field, [admitted(entry.who), entry.relation]]));

describe("the issue loop", () => {
  it("gates the reads, the report and the catalogue as the README says", () => {
    const { issue, issues, reportIssue, categories, saveCategory } = ISSUE_POLICY;
    expect(rows({ issue, issues, reportIssue, categories, saveCategory })).toEqual({
      issue: [EVERY_ROLE, "visible"],
      issues: [EVERY_ROLE, "listInScope"],
      reportIssue: [ALL_BUT_PARTNERS, "gridInScope"],
      categories: [EVERY_ROLE, "district"],
      saveCategory: [[R.DISTRICT_ADMIN], "district"],
    });
    // Reads admit a caller without checking their role at all; a report needs a writer.
    expect([issue.who, issues.who, categories.who]).toEqual(["signedIn", "signedIn", "signedIn"]);
  });

  it("lets officers and volunteers, who can be assignees, work an issue — and nobody else", () => {
    for (const action of ["return", "start", "resolve"] as const) expect([action, admitted(ISSUE_ACTIONS[action].who)]).toEqual([action, OFFICERS_AND_VOLUNTEERS]);
    expect(admitted(ISSUE_POLICY.startIssue.who)).toEqual(OFFICERS_AND_VOLUNTEERS);
  });

  it("merges duplicates only into issues not yet handled, and sweeps only dispatched ones", () => {
    expect([...MERGE_TARGET_STATES].sort()).toEqual([IssueState.ACCEPTED, IssueState.ASSIGNED, IssueState.IN_PROGRESS, IssueState.REPORTED]);
    expect([...WAITING_STATES].sort()).toEqual([IssueState.ASSIGNED, IssueState.IN_PROGRESS]);
  });
});

describe("councils and meetings", () => {
  const S = MeetingState;

  it("has one row per meeting command: its mutation, who may try it, the relation, from-states and target", () => {
    const table = Object.fromEntries(
      Object.entries(MEETING_ACTIONS).map(([name, a]) => [name, { field: a.field, who: admitted(a.who), relation: a.relation, from: [...a.from].sort(), to: a.to }]),
    );
    expect(table).toEqual({
      open: { field: "openMeeting", who: ADMINS, relation: "runsCouncil", from: [S.SCHEDULED], to: S.IN_SESSION },
      cancel: { field: "cancelMeeting", who: ADMINS, relation: "runsCouncil", from: [S.SCHEDULED], to: S.CANCELLED },
      close: { field: "closeMeeting", who: ADMINS, relation: "runsCouncil", from: [S.IN_SESSION], to: S.CLOSED },
      register: { field: "registerForMeeting", who: ALL_BUT_PARTNERS, relation: "visibleMeeting", from: [S.IN_SESSION, S.SCHEDULED], to: "same" },
      attendance: { field: "recordAttendance", who: ADMINS, relation: "runsCouncil", from: [S.IN_SESSION], to: "same" },
      showOfHands: { field: "recordShowOfHands", who: ADMINS, relation: "runsCouncil", from: [S.IN_SESSION], to: "same" },
      ballot: { field: "castBallot", who: ALL_BUT_PARTNERS, relation: "registered", from: [S.IN_SESSION], to: "same" },
      countBallots: { field: "countBallots", who: ADMINS, relation: "runsCouncil", from: [S.IN_SESSION], to: "same" },
      resolve: { field: "createResolutionIssues", who: ADMINS, relation: "runsCouncil", from: [S.CLOSED, S.IN_SESSION], to: "same" },
      demands: { field: "raiseDemands", who: ADMINS, relation: "runsCouncil", from: [S.CLOSED, S.IN_SESSION], to: "same" },
    });
  });

  it("gates every root field of the folder: partners get counts only, admins run councils", () => {
    expect(rows(COUNCIL_POLICY)).toEqual({
      council: [ALL_BUT_PARTNERS, "visibleCouncil"],
      councils: [ALL_BUT_PARTNERS, "visibleUnit"],
      meeting: [ALL_BUT_PARTNERS, "visibleMeeting"],
      meetings: [ALL_BUT_PARTNERS, "visibleUnit"],
      councilCounts: [EVERY_ROLE, "visibleUnit"],
      createCouncil: [ADMINS, "unitInScope"],
      scheduleMeeting: [ADMINS, "runsCouncil"],
      openMeeting: [ADMINS, "runsCouncil"],
      cancelMeeting: [ADMINS, "runsCouncil"],
      closeMeeting: [ADMINS, "runsCouncil"],
      registerForMeeting: [ALL_BUT_PARTNERS, "visibleMeeting"],
      recordAttendance: [ADMINS, "runsCouncil"],
      recordShowOfHands: [ADMINS, "runsCouncil"],
      castBallot: [ALL_BUT_PARTNERS, "registered"],
      countBallots: [ADMINS, "runsCouncil"],
      createResolutionIssues: [ADMINS, "runsCouncil"],
      raiseDemands: [ADMINS, "runsCouncil"],
    });
    expect(COUNCIL_POLICY.councilCounts.who).toBe("signedIn");
  });
});

describe("places, timetables and mediation", () => {
  const S = MediationState;
  const E = MediationEventKind;

  it("names officers and volunteers as the people who can mediate", () => {
    expect(MEDIATOR_ROLES).toEqual(OFFICERS_AND_VOLUNTEERS);
  });

  it("has one row per transition of a case, as docs/places.md draws the state rules", () => {
    const table = Object.fromEntries(
      Object.entries(MEDIATION_ACTIONS).map(([name, a]) => [
        name,
        { field: a.field, who: admitted(a.who), relation: a.relation, from: [...a.from].sort(), to: a.to, event: a.event },
      ]),
    );
    const runner = { who: OFFICERS_AND_VOLUNTEERS, relation: "runner" };
    expect(table).toEqual({
      session: { field: "recordMediationSession", ...runner, from: [S.IN_MEDIATION, S.OPEN], to: S.IN_MEDIATION, event: E.SESSION },
      courtSession: { field: "recordMediationSession", ...runner, from: [S.IN_MEDIATION, S.REFERRED], to: "same", event: E.COURT_SESSION },
      agree: { field: "concludeMediation", ...runner, from: [S.IN_MEDIATION], to: S.AGREED, event: E.CONCLUDED },
      settle: { field: "concludeMediation", ...runner, from: [S.IN_MEDIATION], to: S.CLOSED, event: E.CONCLUDED },
      fail: { field: "concludeMediation", ...runner, from: [S.IN_MEDIATION], to: S.CLOSED, event: E.CONCLUDED },
      refer: { field: "concludeMediation", ...runner, from: [S.IN_MEDIATION], to: S.REFERRED, event: E.CONCLUDED },
      fulfil: { field: "fulfilObligation", ...runner, from: [S.AGREED], to: S.AGREED, event: E.OBLIGATION_FULFILLED },
      fulfilLast: { field: "fulfilObligation", ...runner, from: [S.AGREED], to: S.CLOSED, event: E.OBLIGATION_FULFILLED },
      close: { field: "closeMediationCase", ...runner, from: [S.REFERRED], to: S.CLOSED, event: E.CLOSED },
    });
  });

  it("gates every root field: places are public to all but partners, admins file them, runners run cases", () => {
    expect(rows({ ...PLACES_POLICY, ...MEDIATION_POLICY })).toEqual({
      place: [EVERY_ROLE, "public"],
      places: [ALL_BUT_PARTNERS, "anyUnit"],
      placesNear: [ALL_BUT_PARTNERS, "public"],
      timetableNear: [ALL_BUT_PARTNERS, "public"],
      placeCounts: [EVERY_ROLE, "unitInScope"],
      createPlace: [ADMINS, "unitInScope"],
      updatePlace: [ADMINS, "placeInScope"],
      setPlaceTimetable: [ADMINS, "placeInScope"],
      mediationCase: [EVERY_ROLE, "visibleCase"],
      mediationCases: [ALL_BUT_PARTNERS, "listInScope"],
      mediationCounts: [EVERY_ROLE, "unitInScope"],
      overdueObligations: [ADMINS, "unitInScope"],
      openMediationCase: [ADMINS, "unitInScope"],
      recordMediationSession: [OFFICERS_AND_VOLUNTEERS, "runner"],
      concludeMediation: [OFFICERS_AND_VOLUNTEERS, "runner"],
      fulfilObligation: [OFFICERS_AND_VOLUNTEERS, "runner"],
      closeMediationCase: [OFFICERS_AND_VOLUNTEERS, "runner"],
    });
    const signedIn = Object.entries({ ...PLACES_POLICY, ...MEDIATION_POLICY }).filter(([, entry]) => entry.who === "signedIn");
    expect(signedIn.map(([field]) => field).sort()).toEqual(["mediationCase", "mediationCounts", "place", "placeCounts"]);
  });
});

describe("the smaller tables", () => {
  it("lets everyone read the hierarchy and only admins change it", () => {
    expect(rows(ORG_POLICY)).toEqual({
      me: [EVERY_ROLE, "visibleUnit"],
      orgUnit: [EVERY_ROLE, "visibleUnit"],
      orgUnits: [EVERY_ROLE, "listInScope"],
      searchOrgUnits: [EVERY_ROLE, "listInScope"],
      createOrgUnit: [ADMINS, "parentInScope"],
      renameOrgUnit: [ADMINS, "belowScope"],
      moveOrgUnit: [ADMINS, "belowScope"],
      assignGridWorker: [ADMINS, "gridInScope"],
      setPartyBranch: [ADMINS, "gridInScope"],
    });
  });

  it("lets everyone read notice boards and admins post", () => {
    expect(rows(NOTICE_POLICY)).toEqual({ notices: [EVERY_ROLE, "visibleUnit"], postNotice: [ADMINS, "unitInScope"] });
  });

  it("gives everyone their own messages and admins their units' outboxes", () => {
    expect(rows(NOTIFICATION_POLICY)).toEqual({
      myNotifications: [EVERY_ROLE, "self"],
      unitNotifications: [ADMINS, "unitInScope"],
      markNotificationsRead: [EVERY_ROLE, "selfOrUnitInScope"],
    });
  });

  it("lets a person change themselves, and admins the people in their scope", () => {
    expect(rows(PEOPLE_POLICY)).toEqual({ updatePerson: [EVERY_ROLE, "selfOrAdminInScope"] });
  });
});
