/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Assess (研判) and accept a reported issue. */
export type AcceptIssueInput = {
  /** Reclassify; default: the reported category. */
  categoryCode?: string | null | undefined;
  /** The version you read; CONFLICT if the issue changed since — unless this same request of yours moved it from that version (a retry), which returns the issue as it is now. */
  expectedVersion?: number | null | undefined;
  /** The issue. */
  id: string | number;
  /** Written to the timeline event (at most 500 characters). */
  note?: string | null | undefined;
  /** Default: the category's default priority. */
  priority?: IssuePriority | null | undefined;
};

/** One agenda item; items are ordered as given. */
export type AgendaItemInput = {
  /** At most 2,000 characters. */
  description?: string | null | undefined;
  /** Issues the item discusses (at most 20). */
  linkedIssueIds?: Array<string | number> | null | undefined;
  /** Minutes planned, 1–480. */
  plannedMinutes: number;
  /** At most 80 characters. */
  title: string;
};

/** Dispatch (交办) an accepted issue to a unit and/or a person. */
export type AssignIssueInput = {
  /** The person who handles it. */
  assigneeId?: string | number | null | undefined;
  /** The version you read; CONFLICT if the issue changed since — unless this same request of yours moved it from that version (a retry), which returns the issue as it is now. */
  expectedVersion?: number | null | undefined;
  /** The issue. */
  id: string | number;
  /** Written to the timeline event (at most 500 characters). */
  note?: string | null | undefined;
  /** The unit that handles it (default: the handling unit). */
  unitId?: string | number | null | undefined;
};

/** Someone present: a council member, a person with an account, or a name. */
export type AttendeeInput = {
  /** A council member's id (m1, m2, …). */
  memberId?: string | null | undefined;
  /** A name, at most 30 characters. */
  name?: string | null | undefined;
  /** A person's account. */
  personId?: string | number | null | undefined;
};

/** Open311 attribute datatypes: what kind of answer a category's attribute takes. */
export type AttributeDatatype =
  /** A date or date-time as an ISO 8601 string, e.g. 2026-11-26. */
  | 'DATETIME'
  /** One or more keys from the attribute's values. */
  | 'MULTIVALUELIST'
  /** A number as a decimal string: up to 12 digits, an optional sign and up to 6 decimals. */
  | 'NUMBER'
  /** Exactly one key from the attribute's values. */
  | 'SINGLEVALUELIST'
  /** One line of text, at most 200 characters. */
  | 'STRING'
  /** Free text, at most 2,000 characters. */
  | 'TEXT';

/** One attendee's vote on an agenda item. */
export type BallotChoice =
  /** Abstains. */
  | 'ABSTAIN'
  /** Against. */
  | 'AGAINST'
  /** In favour. */
  | 'FOR';

/** How often the council meets. */
export type Cadence =
  /** When there is something to decide. */
  | 'AS_NEEDED'
  /** Every two weeks. */
  | 'FORTNIGHTLY'
  /** Every month. */
  | 'MONTHLY'
  /** Every three months. */
  | 'QUARTERLY'
  /** Every week. */
  | 'WEEKLY';

/** Call off a scheduled meeting; its members are notified. */
export type CancelMeetingInput = {
  /** The version you read: CONFLICT if it changed since (your own repeat of this command returns the meeting). */
  expectedVersion?: number | null | undefined;
  /** The meeting. */
  meetingId: string | number;
  /** Why; at most 500 characters. */
  reason: string;
};

/** Your one ballot on an agenda item. */
export type CastBallotInput = {
  /** For, against or abstain. */
  choice: BallotChoice;
  /** The agenda item. */
  itemId: string;
  /** The meeting. */
  meetingId: string | number;
};

/** Verify and close (销号) a resolved issue with the reporter's satisfaction. */
export type CloseIssueInput = {
  /** The version you read; CONFLICT if the issue changed since — unless this same request of yours moved it from that version (a retry), which returns the issue as it is now. */
  expectedVersion?: number | null | undefined;
  /** The issue. */
  id: string | number;
  /** Written to the timeline event (at most 500 characters). */
  note?: string | null | undefined;
  /** The reporter's satisfaction, 1–5; 1 or 2 sends the issue back for rework instead of closing it. */
  satisfaction: number;
};

/** A referred case decided by the court. */
export type CloseMediationCaseInput = {
  /** The case. */
  caseId: string | number;
  /** The case version you read. */
  expectedVersion: number;
  /** What the court decided, at most 2,000 characters. */
  note: string;
};

/** Close a meeting in session with its report. */
export type CloseMeetingInput = {
  /** The version you read: CONFLICT if it changed since (your own repeat of this command returns the meeting). */
  expectedVersion?: number | null | undefined;
  /** The meeting. */
  meetingId: string | number;
  /** The closing report (会议纪要); at most 4,000 characters. */
  report: string;
};

/** A comment on an issue you can see; the state does not change. */
export type CommentIssueInput = {
  /** The issue. */
  id: string | number;
  /** Chosen by the client per comment (e.g. a UUID); a retry with the same key returns the issue without commenting twice. */
  idempotencyKey: string;
  /** The comment (at most 1,000 characters). */
  text: string;
};

/** How mediation ended. */
export type ConcludeMediationInput = {
  /** The agreement text, at most 4,000 characters: required for AGREEMENT, refused otherwise. */
  agreementText?: string | null | undefined;
  /** The case. */
  caseId: string | number;
  /** The case version you read. */
  expectedVersion: number;
  /** At most 10 obligations, for AGREEMENT only; with none the case closes at once. */
  obligations?: Array<MediationObligationInput> | null | undefined;
  /** The outcome. */
  outcome: MediationOutcome;
};

/** The kind of deliberative body. */
export type CouncilKind =
  /** A red council hall (红色议事厅), usually run by a street. */
  | 'HALL'
  /** A residents' council (议事会) of a community. */
  | 'RESIDENT_COUNCIL'
  /** A harmony teahouse (和顺茶馆) where disputes are talked out. */
  | 'TEAHOUSE'
  /** A village parlour (乡村会客厅). */
  | 'VILLAGE_PARLOUR';

/** Figures from the council's own ledger. */
export type CouncilLedgerInput = {
  /** Problems closed. */
  problemsClosed: number;
  /** Residents received. */
  residentsReceived: number;
};

/** A member: give personId, or a name with an organisation. */
export type CouncilMemberInput = {
  /** At most 30 characters; default: the account's name. */
  name?: string | null | undefined;
  /** At most 60 characters; required without an account. */
  organisation?: string | null | undefined;
  /** The member's account, if they have one. */
  personId?: string | number | null | undefined;
  /** Whom the member represents. */
  role: MemberRole;
};

/** A task to file as an issue through the loop. */
export type CouncilTaskInput = {
  /** A category of the district's catalogue. */
  categoryCode: string;
  /** At most 2,000 characters. */
  description: string;
  /** The council's own deadline; default: the issue's SLA deadline once assigned. */
  dueAt?: string | null | undefined;
  /** The grid it is in, within the council's unit. */
  gridId: string | number;
  /** At most 80 characters. */
  title: string;
};

/** Close the ballot on one item and count it. */
export type CountBallotsInput = {
  /** The version you read: CONFLICT if it changed since (your own repeat of this command returns the meeting). */
  expectedVersion?: number | null | undefined;
  /** The agenda item. */
  itemId: string;
  /** The meeting. */
  meetingId: string | number;
};

/** A new council in a unit you run. */
export type CreateCouncilInput = {
  /** How often it meets. */
  cadence: Cadence;
  /** Chosen by the client per council; a retry with the same key returns the same council, other content under it is refused. */
  idempotencyKey: string;
  /** What kind of body. */
  kind: CouncilKind;
  /** Figures from its own ledger, if any. */
  ledger?: CouncilLedgerInput | null | undefined;
  /** Default SIMPLE. */
  majority?: MajorityThreshold | null | undefined;
  /** Default VOTES_CAST. */
  majorityBase?: MajorityBase | null | undefined;
  /** At most 40 members. */
  members: Array<CouncilMemberInput>;
  /** At most 40 characters. */
  name: string;
  /** The service place it meets at. */
  placeId?: string | number | null | undefined;
  /** Quorum as a number of members present (give this or quorumPercent). */
  quorumCount?: number | null | undefined;
  /** Quorum as a percentage of the members, 1–100, rounded up (give this or quorumCount). */
  quorumPercent?: number | null | undefined;
  /** A community, street or the district in your scope. */
  unitId: string | number;
};

/** A new service place, filed under a unit in your scope. */
export type CreatePlaceInput = {
  /** Its street address, at most 200 characters. */
  address: string;
  /** Chosen by the client per place; a retry with the same key returns the same place and writes nothing. */
  idempotencyKey: string;
  /** What kind of place it is. */
  kind: PlaceKind;
  /** Latitude, WGS 84 degrees (-90 to 90). */
  latitude: number;
  /** Longitude, WGS 84 degrees (-180 to 180). */
  longitude: number;
  /** Its name, at most 60 characters. */
  name: string;
  /** Opening hours, at most one entry per weekday; default: none listed. */
  openingHours?: Array<OpeningHoursInput> | null | undefined;
  /** A public contact number: digits, spaces and + - ( ), at most 20 characters. */
  phone?: string | null | undefined;
  /** Services offered, at most 30, each at most 40 characters, no repeats. */
  services?: Array<string> | null | undefined;
  /** The unit that runs it; default: your scope unit. */
  unitId?: string | number | null | undefined;
};

/** File an adopted item's tasks as issues. */
export type CreateResolutionIssuesInput = {
  /** Chosen by the client per command (at most 48 characters); a retry files nothing twice. */
  idempotencyKey: string;
  /** The adopted agenda item. */
  itemId: string;
  /** The meeting. */
  meetingId: string | number;
  /** 1–20 tasks. */
  tasks: Array<CouncilTaskInput>;
};

/** What a dispute is about. */
export type DisputeCategory =
  /** Between consumers and traders. */
  | 'CONSUMER'
  /** Other contracts and debts. */
  | 'CONTRACT'
  /** Within a family: support, inheritance, marriage. */
  | 'FAMILY'
  /** Wages and employment. */
  | 'LABOUR'
  /** Land contracting and transfer (土地流转). */
  | 'LAND'
  /** Between neighbours: noise, leaks, shared spaces. */
  | 'NEIGHBOUR'
  /** Anything else. */
  | 'OTHER'
  /** Between owners and property management: fees, repairs, garages, drainage. */
  | 'PROPERTY_MANAGEMENT';

/** An obligation met. */
export type FulfilObligationInput = {
  /** The case. */
  caseId: string | number;
  /** The case version you read. */
  expectedVersion: number;
  /** A note, at most 500 characters (e.g. the transfer's reference). */
  note?: string | null | undefined;
  /** The obligation (o1, o2, …). */
  obligationId: string | number;
};

/** Which level's command centre handles an issue; escalation moves it up one. */
export type HandlingLevel =
  /** The community or village of the issue's grid (where every issue starts). */
  | 'COMMUNITY'
  /** The district command centre (the top). */
  | 'DISTRICT'
  /** The street or town above it. */
  | 'STREET';

/** An answer to one of the category's attributes. */
export type IssueAttributeInput = {
  /** The attribute's code (CategoryAttribute.code). */
  code: string;
  /** One value; several (distinct keys) for MULTIVALUELIST attributes. */
  values: Array<string>;
};

/** Where a report came in. */
export type IssueChannel =
  /** Spotted on a camera feed by the command centre. */
  | 'CAMERA'
  /** Raised at a resident council or teahouse meeting. */
  | 'COUNCIL'
  /** Found by a grid worker on patrol. */
  | 'GRID_PATROL'
  /** A call to the service hotline, entered by an officer. */
  | 'HOTLINE'
  /** A WeChat mini-program. */
  | 'MINI_PROGRAM'
  /** A web console or page. */
  | 'WEB';

/** Every filter is served by one DynamoDB key: choose at most one of state(s), category, priority, overdue, assigneeId, reportedByMe; createdAfter/createdBefore combine with any but overdue. */
export type IssueFilter = {
  /** Only issues assigned to this person. */
  assigneeId?: string | number | null | undefined;
  /** Only issues of this category. */
  categoryCode?: string | null | undefined;
  /** Only issues reported at or after this instant. */
  createdAfter?: string | null | undefined;
  /** Only issues reported at or before this instant. */
  createdBefore?: string | null | undefined;
  /** Only open issues past their deadline. */
  overdue?: boolean | null | undefined;
  /** Only issues of this priority. */
  priority?: IssuePriority | null | undefined;
  /** Only issues you reported. */
  reportedByMe?: boolean | null | undefined;
  /** DUE_SOONEST lists open, assigned issues by deadline. */
  sort?: IssueSort | null | undefined;
  /** Only issues in one of these states. */
  states?: Array<IssueState> | null | undefined;
  /** Issues located beneath this unit (any level); default: your scope unit. */
  under?: string | number | null | undefined;
};

/** A transition with an optional note for the timeline. */
export type IssueNoteInput = {
  /** The version you read; CONFLICT if the issue changed since — unless this same request of yours moved it from that version (a retry), which returns the issue as it is now. */
  expectedVersion?: number | null | undefined;
  /** The issue. */
  id: string | number;
  /** Written to the timeline event (at most 500 characters). */
  note?: string | null | undefined;
};

/** How urgent an issue is; sets the deadline through the SLA (a category may override each). */
export type IssuePriority =
  /** Due 24 hours after assignment. */
  | 'HIGH'
  /** Due 7 days after assignment. */
  | 'LOW'
  /** Due 72 hours after assignment. */
  | 'NORMAL'
  /** Due 2 hours after assignment. */
  | 'URGENT';

/** The order of an issue list. */
export type IssueSort =
  /** Open, assigned issues by deadline, soonest first; combines with no other filter than `under` (`overdue` lists this way too). */
  | 'DUE_SOONEST'
  /** Newest report first. */
  | 'NEWEST';

/** Where an issue is in the closed loop: report → assess → assign → handle → feedback → close. */
export type IssueState =
  /** Assessed and accepted (研判), waiting to be assigned. */
  | 'ACCEPTED'
  /** Dispatched (交办) to a unit and/or a person; the SLA clock runs. */
  | 'ASSIGNED'
  /** Verified and closed (销号); final. */
  | 'CLOSED'
  /** The assignee is handling it (办理). */
  | 'IN_PROGRESS'
  /** Merged into the open issue it duplicates (mergedIntoId); final. */
  | 'MERGED'
  /** Refused at assessment as not a valid report; final. */
  | 'REJECTED'
  /** Reported (发现), waiting to be assessed by the handling unit's admins. */
  | 'REPORTED'
  /** Handled and reported back (反馈), waiting for the reporter's verdict. */
  | 'RESOLVED';

/** What the majority threshold is a share of. */
export type MajorityBase =
  /** Everyone recorded present; an abstention or a missing vote counts like a vote against. */
  | 'ATTENDEES'
  /** Votes for plus votes against; abstentions are not votes cast. */
  | 'VOTES_CAST';

/** The share of the base that must vote for an item to adopt it. */
export type MajorityThreshold =
  /** More than half (a tie is rejected). */
  | 'SIMPLE'
  /** At least two thirds. */
  | 'TWO_THIRDS';

/** Notifications to mark read: yours, or (admins) those of a unit's outbox. */
export type MarkNotificationsReadInput = {
  /** 1 to 100 notification ids; ids not in the outbox are skipped. */
  ids: Array<string | number>;
  /** A unit in your scope whose outbox they are in; absent: your own outbox. */
  unitId?: string | number | null | undefined;
};

/** Something a party undertakes in the agreement. */
export type MediationObligationInput = {
  /** The amount in whole yuan (1 to 1,000,000,000), for payments. */
  amountYuan?: number | null | undefined;
  /** What is owed, at most 200 characters. */
  description: string;
  /** When it is due. */
  dueAt: string;
  /** The party who owes it (p1, p2, …). */
  partyId: string | number;
};

/** How mediation ended. */
export type MediationOutcome =
  /** The parties agreed (调解协议); the agreement text and its obligations are recorded. */
  | 'AGREEMENT'
  /** The parties did not agree. */
  | 'NO_AGREEMENT'
  /** The dispute goes to court (e.g. a circuit court sitting at the teahouse). */
  | 'REFERRED_TO_COURT';

/** A party to the dispute. */
export type MediationPartyInput = {
  /** Person or organisation. */
  kind: PartyKind;
  /** The name, at most 60 characters. */
  name: string;
  /** The person's user id, if they have one (they then see the case). */
  personId?: string | number | null | undefined;
  /** A contact phone: digits, spaces and + - ( ), at most 20 characters. */
  phone?: string | null | undefined;
  /** Applicant or respondent. */
  side: PartySide;
};

/** Where a mediation case stands (its state rules: docs/places.md). */
export type MediationState =
  /** Concluded with an agreement whose obligations are still owed. */
  | 'AGREED'
  /** Done: agreement fulfilled or with nothing owed, no agreement, or the court has decided. */
  | 'CLOSED'
  /** At least one mediation session held or scheduled. */
  | 'IN_MEDIATION'
  /** Registered; no session yet. */
  | 'OPEN'
  /** Referred to court; circuit-court sessions may still be recorded. */
  | 'REFERRED';

/** A command on a meeting. */
export type MeetingCommandInput = {
  /** The version you read: CONFLICT if it changed since (your own repeat of this command returns the meeting). */
  expectedVersion?: number | null | undefined;
  /** The meeting. */
  meetingId: string | number;
};

/** Where a meeting stands: SCHEDULED → IN_SESSION → CLOSED, or SCHEDULED → CANCELLED. */
export type MeetingState =
  /** Called off before it opened. */
  | 'CANCELLED'
  /** Over, with its closing report. */
  | 'CLOSED'
  /** Opened by the chair: attendance and votes are recorded. */
  | 'IN_SESSION'
  /** Announced; residents may register. */
  | 'SCHEDULED';

/** Whom a council member represents. */
export type MemberRole =
  /** Community staff (社区工作者). */
  | 'COMMUNITY_STAFF'
  /** A unit based locally: a school, a company, a public body (驻区单位). */
  | 'LOCAL_UNIT'
  /** Owners' representatives (业主代表). */
  | 'OWNER_REPRESENTATIVE'
  /** A party member (党员). */
  | 'PARTY_MEMBER'
  /** The property management company (物业). */
  | 'PROPERTY_MANAGEMENT'
  /** A volunteer. */
  | 'VOLUNTEER';

/** Assess a reported issue as a duplicate and merge it into the open one. */
export type MergeIssueInput = {
  /** The open issue this one duplicates. */
  duplicateOfId: string | number;
  /** The version you read; CONFLICT if the issue changed since — unless this same request of yours moved it from that version (a retry), which returns the issue as it is now. */
  expectedVersion?: number | null | undefined;
  /** The issue. */
  id: string | number;
  /** Written to the timeline event (at most 500 characters). */
  note?: string | null | undefined;
};

/** What happened to the subject. */
export type NotificationKind =
  /** An issue was dispatched to you or your unit: handle it. */
  | 'ASSIGNED'
  /** An issue you handled or reported was closed. */
  | 'CLOSED'
  /** A meeting of a council you are a member of was cancelled. */
  | 'MEETING_CANCELLED'
  /** A council you are a member of scheduled a meeting: its time, place and agenda are on the meeting. */
  | 'MEETING_SCHEDULED'
  /** An issue passed its deadline and was supervised automatically; sent to the level above the handling unit. */
  | 'OVERDUE'
  /** An issue came back for rework (返工). */
  | 'REOPENED'
  /** An issue you reported was handled: verify and close it. */
  | 'RESOLVED'
  /** A dispatch was returned as wrong (回退): assign it again. */
  | 'RETURNED'
  /** A level above urged an issue on (督办). */
  | 'SUPERVISED';

/** A new mediation case. */
export type OpenMediationCaseInput = {
  /** What it is about. */
  category: DisputeCategory;
  /** The council it belongs to (`co_…`). */
  councilId?: string | number | null | undefined;
  /** Chosen by the client per case; a retry with the same key returns the same case and writes nothing. */
  idempotencyKey: string;
  /** 1–5 mediators: user ids of admins, grid workers or volunteers. */
  mediatorIds: Array<string | number>;
  /** 2–10 parties, at least one on each side. */
  parties: Array<MediationPartyInput>;
  /** The teahouse or service place it is mediated at. */
  placeId?: string | number | null | undefined;
  /** The dispute, at most 2,000 characters. */
  summary: string;
  /** A short title, at most 80 characters. */
  title: string;
  /** The handling unit (a district, street, town, community or village in your scope); default: your scope unit. */
  unitId?: string | number | null | undefined;
};

/** When a place is open on one weekday. */
export type OpeningHoursInput = {
  /** Closing time, HH:MM, later than `opens`. */
  closes: string;
  /** Opening time, HH:MM (24-hour, China Standard Time). */
  opens: string;
  /** The day; at most one entry per day. */
  weekday: Weekday;
};

/** A level of the net, from the district down: district → street or town → community or village → grid → building. */
export type OrgUnitKind =
  /** A building or courtyard (楼栋 / 院落) in a grid. */
  | 'BUILDING'
  /** An urban community (社区) under a street or town. */
  | 'COMMUNITY'
  /** The district (区): the top of the net and its command centre. */
  | 'DISTRICT'
  /** A grid (网格) of a community or village: the patch one grid worker walks. */
  | 'GRID'
  /** An urban street (街道) under the district. */
  | 'STREET'
  /** A town (镇) under the district; the same level as a street. */
  | 'TOWN'
  /** A village (村) under a street or town; the same level as a community. */
  | 'VILLAGE';

/** Whether a party is a person or an organisation. */
export type PartyKind =
  /** A company, committee or other organisation: its name is not personal data. */
  | 'ORGANISATION'
  /** A person: their name and phone are personal data. */
  | 'PERSON';

/** Which side of the dispute a party is on. */
export type PartySide =
  /** Brought the dispute (申请人). */
  | 'APPLICANT'
  /** The other side (被申请人). */
  | 'RESPONDENT';

/** What a service place of the 15-minute party–mass service circle is. */
export type PlaceKind =
  /** 红色议事厅: a red council hall where residents' councils meet. */
  | 'COUNCIL_HALL'
  /** A library or reading room. */
  | 'LIBRARY'
  /** 党群服务中心: a street's or community's party–mass service centre. */
  | 'PARTY_MASS_SERVICE_CENTRE'
  /** Any other service point (a grid station, a convenience service desk). */
  | 'SERVICE_POINT'
  /** An open-air or indoor stage for performances and gatherings. */
  | 'STAGE'
  /** 和顺茶馆: a teahouse where departments receive residents and disputes are mediated. */
  | 'TEAHOUSE'
  /** 乡村会客厅: a village parlour. */
  | 'VILLAGE_PARLOUR';

/** File residents' demands raised at a meeting as issues. */
export type RaiseDemandsInput = {
  /** 1–20 demands. */
  demands: Array<CouncilTaskInput>;
  /** Chosen by the client per command (at most 48 characters); a retry files nothing twice. */
  idempotencyKey: string;
  /** The meeting. */
  meetingId: string | number;
};

/** A step that must say why: escalate, return, reopen. */
export type ReasonInput = {
  /** The version you read; CONFLICT if the issue changed since — unless this same request of yours moved it from that version (a retry), which returns the issue as it is now. */
  expectedVersion?: number | null | undefined;
  /** The issue. */
  id: string | number;
  /** Why (at most 500 characters); written to the timeline. */
  reason: string;
};

/** Who is present (replaces the last record). */
export type RecordAttendanceInput = {
  /** At most 100 named attendees. */
  attendees: Array<AttendeeInput>;
  /** The version you read: CONFLICT if it changed since (your own repeat of this command returns the meeting). */
  expectedVersion?: number | null | undefined;
  /** The meeting. */
  meetingId: string | number;
  /** People present beyond those named; default 0. */
  othersPresent?: number | null | undefined;
};

/** A mediation session or circuit-court sitting. */
export type RecordMediationSessionInput = {
  /** When it was (or is) held. */
  at: string;
  /** The case. */
  caseId: string | number;
  /** The court sitting (at most 80 characters): required for CIRCUIT_COURT, refused otherwise. */
  court?: string | null | undefined;
  /** The case version you read. */
  expectedVersion: number;
  /** Mediation or circuit court. */
  kind: SessionKind;
  /** What happened, at most 2,000 characters. */
  note?: string | null | undefined;
  /** Where; default: the case's place. */
  placeId?: string | number | null | undefined;
};

/** Register yourself for a meeting. */
export type RegisterForMeetingInput = {
  /** The meeting. */
  meetingId: string | number;
};

/** Assess and reject a reported issue that is not a valid report. */
export type RejectIssueInput = {
  /** The version you read; CONFLICT if the issue changed since — unless this same request of yours moved it from that version (a retry), which returns the issue as it is now. */
  expectedVersion?: number | null | undefined;
  /** The issue. */
  id: string | number;
  /** Why it is rejected (at most 500 characters); shown to the reporter. */
  reason: string;
};

/** A new issue (发现): what, where, and through which channel. */
export type ReportIssueInput = {
  /** The exact address, at most 200 characters (hidden from partners and other residents). */
  address?: string | null | undefined;
  /** Hide who reported from everyone but the handling unit's admins. */
  anonymous?: boolean | null | undefined;
  /** Answers to the category's attributes; every required one must be answered. */
  attributes?: Array<IssueAttributeInput> | null | undefined;
  /** A building or courtyard of that grid. */
  buildingId?: string | number | null | undefined;
  /** An active category of your district's catalogue (`categories`). */
  categoryCode: string;
  /** Where the report comes in. */
  channel: IssueChannel;
  /** What you saw, at most 2,000 characters. */
  description: string;
  /** The grid the problem is in; it must be in your scope. */
  gridId: string | number;
  /** Chosen by the client per report (e.g. a UUID); a retry with the same key returns the same issue. */
  idempotencyKey: string;
  /** WGS 84 latitude; give both coordinates or neither. */
  latitude?: number | null | undefined;
  /** WGS 84 longitude; give both coordinates or neither. */
  longitude?: number | null | undefined;
  /** References to uploaded photos or videos (https URLs), at most 9. */
  mediaUrls?: Array<string> | null | undefined;
  /** A short title, at most 80 characters. */
  title: string;
};

/** What kind of reporter filed an issue (from their role). */
export type ReporterKind =
  /** An admin of a command centre: the district, a street or town, or a community or village. */
  | 'COMMAND_CENTRE'
  /** Raised through a resident council or teahouse (channel COUNCIL), whoever entered it. */
  | 'COUNCIL'
  /** A grid worker (网格员). */
  | 'GRID_WORKER'
  /** A resident, for themselves or their neighbours. */
  | 'RESIDENT'
  /** A volunteer. */
  | 'VOLUNTEER';

/** What handling achieved. FIXED is kept apart from the rest, so '% fixed' counts only real fixes. */
export type ResolutionOutcome =
  /** The problem was solved. */
  | 'FIXED'
  /** It cannot be solved (the result says why). */
  | 'NOT_FIXABLE'
  /** Not the government's to solve (e.g. a private dispute); the result says who is. */
  | 'NOT_RESPONSIBLE';

/** Report back (反馈) on an issue in progress. */
export type ResolveIssueInput = {
  /** The version you read; CONFLICT if the issue changed since — unless this same request of yours moved it from that version (a retry), which returns the issue as it is now. */
  expectedVersion?: number | null | undefined;
  /** The issue. */
  id: string | number;
  /** Whether it was fixed; FIXED is counted apart from the rest. */
  outcome: ResolutionOutcome;
  /** What was done (at most 1,000 characters). */
  result: string;
};

/** An actor's role; what it may do is bounded by its scope unit. */
export type Role =
  /** A community or village's command centre: the hierarchy and the issue loop (assess, assign, close) within it. */
  | 'COMMUNITY_ADMIN'
  /** The district command centre: everything in the district, the category catalogue included. */
  | 'DISTRICT_ADMIN'
  /** A grid worker (网格员): reports, handles what is assigned to them, sees their grid. */
  | 'GRID_WORKER'
  /** A data-sharing partner: reads only, personal data masked. */
  | 'PARTNER'
  /** A resident: reports, follows and rates their own issues, sees the public status of their community's issues. */
  | 'RESIDENT'
  /** A street or town's command centre: the hierarchy and the issue loop within it; supervises its communities' issues. */
  | 'STREET_ADMIN'
  /** A volunteer: reports and sees within their team's unit. */
  | 'VOLUNTEER';

/** A new meeting of a council you run; its members are notified. */
export type ScheduleMeetingInput = {
  /** At most 20 items. */
  agenda: Array<AgendaItemInput>;
  /** The council. */
  councilId: string | number;
  /** Chosen by the client per meeting; a retry with the same key returns the same meeting, other content under it is refused. */
  idempotencyKey: string;
  /** Where, as announced; at most 100 characters. */
  place: string;
  /** The service place, if recorded. */
  placeId?: string | number | null | undefined;
  /** Default true: residents see it. */
  public?: boolean | null | undefined;
  /** When it starts. */
  startsAt: string;
  /** At most 80 characters. */
  title: string;
};

/** What kind of session was held. */
export type SessionKind =
  /** A circuit-court sitting (巡回法庭) held at a teahouse, recorded against the case. */
  | 'CIRCUIT_COURT'
  /** A mediation session with the case's mediators. */
  | 'MEDIATION';

/** A place's whole weekly schedule, replacing the one before. */
export type SetPlaceTimetableInput = {
  /** The timetable version you read (0 when none was set); a different current version is a CONFLICT unless this same schedule by you made it. */
  expectedVersion: number;
  /** The place. */
  placeId: string | number;
  /** At most 60 sessions; none clears the schedule. */
  slots: Array<TimetableSlotInput>;
};

/** The chair's count of hands on one item. */
export type ShowOfHandsInput = {
  /** Abstentions. */
  abstain: number;
  /** Hands against. */
  against: number;
  /** The version you read: CONFLICT if it changed since (your own repeat of this command returns the meeting). */
  expectedVersion?: number | null | undefined;
  /** Hands for. */
  for: number;
  /** The agenda item. */
  itemId: string;
  /** The meeting. */
  meetingId: string | number;
};

/** The kind of record a notification is about. */
export type SubjectType =
  /** An Issue: read it with `issue(id:)` or `node(id:)`. */
  | 'ISSUE'
  /** A council's Meeting: read it with `meeting(id:)` or `node(id:)`. */
  | 'MEETING';

/** 督办 from a level above: the urging note is required. */
export type SuperviseIssueInput = {
  /** The version you read; CONFLICT if the issue changed since — unless this same request of yours moved it from that version (a retry), which returns the issue as it is now. */
  expectedVersion?: number | null | undefined;
  /** The issue. */
  id: string | number;
  /** The urging note (at most 500 characters). */
  note: string;
};

/** Why a council tracks an issue. */
export type TaskOrigin =
  /** A resident raised it at a meeting. */
  | 'DEMAND'
  /** An adopted agenda item's resolution created it. */
  | 'RESOLUTION';

/** Where a council task stands in its notebook (小本子销号). */
export type TaskStanding =
  /** Its issue was closed: crossed off (销号). */
  | 'CLOSED'
  /** Its issue was rejected or merged into another. */
  | 'DROPPED'
  /** Its issue is still open. */
  | 'OPEN';

/** What one step of an issue's timeline did. */
export type TimelineEventKind =
  /** Assessed and accepted. */
  | 'ACCEPTED'
  /** Dispatched to a unit and/or a person. */
  | 'ASSIGNED'
  /** Verified and closed with the reporter's satisfaction. */
  | 'CLOSED'
  /** A comment; the state is unchanged. */
  | 'COMMENTED'
  /** Handling moved one level up, with a reason. */
  | 'ESCALATED'
  /** Merged into the issue it duplicates. */
  | 'MERGED'
  /** Assessed and rejected, with a reason. */
  | 'REJECTED'
  /** A resolved issue was reopened for rework, with a reason. */
  | 'REOPENED'
  /** The issue was reported. */
  | 'REPORTED'
  /** The assignee reported back with a result. */
  | 'RESOLVED'
  /** The dispatch was returned as wrong (回退), with a reason. */
  | 'RETURNED'
  /** The reporter's unsatisfied close (satisfaction 1–2) sent the work back: rework, never a close. */
  | 'REWORKED'
  /** The assignee started handling it. */
  | 'STARTED'
  /** A level above urged it on (督办), by hand or automatically when overdue; the state is unchanged. */
  | 'SUPERVISED';

/** One weekly session. */
export type TimetableSlotInput = {
  /** Who comes, at most 40 characters. */
  department: string;
  /** End, HH:MM, later than `start`. */
  end: string;
  /** A note for residents, at most 200 characters. */
  note?: string | null | undefined;
  /** What they offer, at most 80 characters. */
  service: string;
  /** Start, HH:MM (China Standard Time). */
  start: string;
  /** The day it recurs on. */
  weekday: Weekday;
};

/** Changes to a place; fields left out stay as they are. */
export type UpdatePlaceInput = {
  /** A new address, at most 200 characters. */
  address?: string | null | undefined;
  /** The version you read; a different current version is a CONFLICT (unless this same change by you made it). */
  expectedVersion: number;
  /** The place. */
  id: string | number;
  /** A new kind. */
  kind?: PlaceKind | null | undefined;
  /** A new latitude; give the longitude with it. */
  latitude?: number | null | undefined;
  /** A new longitude; give the latitude with it. */
  longitude?: number | null | undefined;
  /** A new name, at most 60 characters. */
  name?: string | null | undefined;
  /** The new opening hours, replacing the old. */
  openingHours?: Array<OpeningHoursInput> | null | undefined;
  /** A new public contact number. */
  phone?: string | null | undefined;
  /** The new services, replacing the old. */
  services?: Array<string> | null | undefined;
};

/** How an agenda item was decided. */
export type VoteMethod =
  /** Registered attendees cast one ballot each; the tally is counted from the ballots. */
  | 'BALLOT'
  /** The chair counted hands and recorded the tally (举手表决). */
  | 'SHOW_OF_HANDS';

/** Computed from the council's quorum and majority rules and the tally; never typed in. */
export type VoteOutcome =
  /** Quorum present and the majority rule met. */
  | 'ADOPTED'
  /** Too few council members present to decide. */
  | 'NO_QUORUM'
  /** Quorum present, majority rule not met. */
  | 'REJECTED';

/** A day of the week, Monday first. */
export type Weekday =
  /** Friday (星期五). */
  | 'FRIDAY'
  /** Monday (星期一). */
  | 'MONDAY'
  /** Saturday (星期六). */
  | 'SATURDAY'
  /** Sunday (星期日). */
  | 'SUNDAY'
  /** Thursday (星期四). */
  | 'THURSDAY'
  /** Tuesday (星期二). */
  | 'TUESDAY'
  /** Wednesday (星期三). */
  | 'WEDNESDAY';

export type CouncilSummaryFragment = { id: string, name: string, kind: CouncilKind, unitId: string, placeId: string | null, cadence: Cadence, majority: MajorityThreshold, majorityBase: MajorityBase, createdAt: string, quorum: { count: number | null, percentOfMembers: number | null, membersRequired: number }, progress: { open: number, overdue: number, closed: number, dropped: number } };

export type MeetingDetailFragment = { id: string, title: string, state: MeetingState, version: number, startsAt: string, place: string, placeId: string | null, public: boolean, registrationCount: number, presentCount: number, membersPresent: number, report: string | null, cancelReason: string | null, demandIssueIds: Array<string>, createdAt: string, updatedAt: string, agenda: Array<{ id: string, order: number, title: string, description: string, plannedMinutes: number, linkedIssueIds: Array<string>, resolutionIssueIds: Array<string>, vote: { method: VoteMethod, for: number, against: number, abstain: number, present: number, membersPresent: number, quorumRequired: number, outcome: VoteOutcome, decidedAt: string } | null }>, attendance: Array<{ memberId: string | null, personId: string | null, name: string }> };

export type CouncilsQueryVariables = Exact<{
  unitId?: string | number | null | undefined;
  kind?: CouncilKind | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CouncilsQuery = { councils: { edges: Array<{ node: { id: string, name: string, kind: CouncilKind, unitId: string, placeId: string | null, cadence: Cadence, majority: MajorityThreshold, majorityBase: MajorityBase, createdAt: string, quorum: { count: number | null, percentOfMembers: number | null, membersRequired: number }, progress: { open: number, overdue: number, closed: number, dropped: number } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CouncilQueryVariables = Exact<{
  id: string | number;
  standing?: TaskStanding | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CouncilQuery = { council: { id: string, name: string, kind: CouncilKind, unitId: string, placeId: string | null, cadence: Cadence, majority: MajorityThreshold, majorityBase: MajorityBase, createdAt: string, ledger: { residentsReceived: number, problemsClosed: number } | null, members: Array<{ id: string, role: MemberRole, name: string, organisation: string | null, personId: string | null }>, tasks: { edges: Array<{ node: { issueId: string, title: string, origin: TaskOrigin, standing: TaskStanding, issueState: string, dueAt: string | null, overdue: boolean, closedAt: string | null, meetingId: string, itemId: string | null, createdAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, quorum: { count: number | null, percentOfMembers: number | null, membersRequired: number }, progress: { open: number, overdue: number, closed: number, dropped: number } } | null };

export type CouncilCountsQueryVariables = Exact<{
  unitId?: string | number | null | undefined;
}>;


export type CouncilCountsQuery = { councilCounts: { unitId: string, councils: number, meetings: number } };

export type MeetingsQueryVariables = Exact<{
  unitId?: string | number | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MeetingsQuery = { meetings: { edges: Array<{ node: { id: string, title: string, state: MeetingState, startsAt: string, place: string, placeId: string | null, public: boolean, registrationCount: number, council: { id: string, name: string, kind: CouncilKind } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MeetingQueryVariables = Exact<{
  id: string | number;
}>;


export type MeetingQuery = { meeting: { id: string, title: string, state: MeetingState, version: number, startsAt: string, place: string, placeId: string | null, public: boolean, registrationCount: number, presentCount: number, membersPresent: number, report: string | null, cancelReason: string | null, demandIssueIds: Array<string>, createdAt: string, updatedAt: string, council: { id: string, name: string, kind: CouncilKind, unitId: string } | null, agenda: Array<{ id: string, order: number, title: string, description: string, plannedMinutes: number, linkedIssueIds: Array<string>, resolutionIssueIds: Array<string>, vote: { method: VoteMethod, for: number, against: number, abstain: number, present: number, membersPresent: number, quorumRequired: number, outcome: VoteOutcome, decidedAt: string } | null }>, attendance: Array<{ memberId: string | null, personId: string | null, name: string }> } | null };

export type MeetingRegistrationsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MeetingRegistrationsQuery = { meeting: { id: string, registrations: { edges: Array<{ node: { personId: string, name: string | null, role: Role, registeredAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type CreateCouncilMutationVariables = Exact<{
  input: CreateCouncilInput;
}>;


export type CreateCouncilMutation = { createCouncil: { id: string, name: string, kind: CouncilKind, unitId: string, placeId: string | null, cadence: Cadence, majority: MajorityThreshold, majorityBase: MajorityBase, createdAt: string, members: Array<{ id: string, role: MemberRole, name: string, organisation: string | null, personId: string | null }>, quorum: { count: number | null, percentOfMembers: number | null, membersRequired: number }, progress: { open: number, overdue: number, closed: number, dropped: number } } };

export type ScheduleMeetingMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type ScheduleMeetingMutation = { scheduleMeeting: { id: string, title: string, state: MeetingState, version: number, startsAt: string, place: string, placeId: string | null, public: boolean, registrationCount: number, presentCount: number, membersPresent: number, report: string | null, cancelReason: string | null, demandIssueIds: Array<string>, createdAt: string, updatedAt: string, agenda: Array<{ id: string, order: number, title: string, description: string, plannedMinutes: number, linkedIssueIds: Array<string>, resolutionIssueIds: Array<string>, vote: { method: VoteMethod, for: number, against: number, abstain: number, present: number, membersPresent: number, quorumRequired: number, outcome: VoteOutcome, decidedAt: string } | null }>, attendance: Array<{ memberId: string | null, personId: string | null, name: string }> } };

export type OpenMeetingMutationVariables = Exact<{
  input: MeetingCommandInput;
}>;


export type OpenMeetingMutation = { openMeeting: { id: string, title: string, state: MeetingState, version: number, startsAt: string, place: string, placeId: string | null, public: boolean, registrationCount: number, presentCount: number, membersPresent: number, report: string | null, cancelReason: string | null, demandIssueIds: Array<string>, createdAt: string, updatedAt: string, agenda: Array<{ id: string, order: number, title: string, description: string, plannedMinutes: number, linkedIssueIds: Array<string>, resolutionIssueIds: Array<string>, vote: { method: VoteMethod, for: number, against: number, abstain: number, present: number, membersPresent: number, quorumRequired: number, outcome: VoteOutcome, decidedAt: string } | null }>, attendance: Array<{ memberId: string | null, personId: string | null, name: string }> } };

export type CloseMeetingMutationVariables = Exact<{
  input: CloseMeetingInput;
}>;


export type CloseMeetingMutation = { closeMeeting: { id: string, title: string, state: MeetingState, version: number, startsAt: string, place: string, placeId: string | null, public: boolean, registrationCount: number, presentCount: number, membersPresent: number, report: string | null, cancelReason: string | null, demandIssueIds: Array<string>, createdAt: string, updatedAt: string, agenda: Array<{ id: string, order: number, title: string, description: string, plannedMinutes: number, linkedIssueIds: Array<string>, resolutionIssueIds: Array<string>, vote: { method: VoteMethod, for: number, against: number, abstain: number, present: number, membersPresent: number, quorumRequired: number, outcome: VoteOutcome, decidedAt: string } | null }>, attendance: Array<{ memberId: string | null, personId: string | null, name: string }> } };

export type CancelMeetingMutationVariables = Exact<{
  input: CancelMeetingInput;
}>;


export type CancelMeetingMutation = { cancelMeeting: { id: string, title: string, state: MeetingState, version: number, startsAt: string, place: string, placeId: string | null, public: boolean, registrationCount: number, presentCount: number, membersPresent: number, report: string | null, cancelReason: string | null, demandIssueIds: Array<string>, createdAt: string, updatedAt: string, agenda: Array<{ id: string, order: number, title: string, description: string, plannedMinutes: number, linkedIssueIds: Array<string>, resolutionIssueIds: Array<string>, vote: { method: VoteMethod, for: number, against: number, abstain: number, present: number, membersPresent: number, quorumRequired: number, outcome: VoteOutcome, decidedAt: string } | null }>, attendance: Array<{ memberId: string | null, personId: string | null, name: string }> } };

export type RegisterForMeetingMutationVariables = Exact<{
  input: RegisterForMeetingInput;
}>;


export type RegisterForMeetingMutation = { registerForMeeting: { meetingId: string, personId: string, name: string | null, role: Role, registeredAt: string } };

export type RecordAttendanceMutationVariables = Exact<{
  input: RecordAttendanceInput;
}>;


export type RecordAttendanceMutation = { recordAttendance: { id: string, title: string, state: MeetingState, version: number, startsAt: string, place: string, placeId: string | null, public: boolean, registrationCount: number, presentCount: number, membersPresent: number, report: string | null, cancelReason: string | null, demandIssueIds: Array<string>, createdAt: string, updatedAt: string, agenda: Array<{ id: string, order: number, title: string, description: string, plannedMinutes: number, linkedIssueIds: Array<string>, resolutionIssueIds: Array<string>, vote: { method: VoteMethod, for: number, against: number, abstain: number, present: number, membersPresent: number, quorumRequired: number, outcome: VoteOutcome, decidedAt: string } | null }>, attendance: Array<{ memberId: string | null, personId: string | null, name: string }> } };

export type RecordShowOfHandsMutationVariables = Exact<{
  input: ShowOfHandsInput;
}>;


export type RecordShowOfHandsMutation = { recordShowOfHands: { id: string, title: string, state: MeetingState, version: number, startsAt: string, place: string, placeId: string | null, public: boolean, registrationCount: number, presentCount: number, membersPresent: number, report: string | null, cancelReason: string | null, demandIssueIds: Array<string>, createdAt: string, updatedAt: string, agenda: Array<{ id: string, order: number, title: string, description: string, plannedMinutes: number, linkedIssueIds: Array<string>, resolutionIssueIds: Array<string>, vote: { method: VoteMethod, for: number, against: number, abstain: number, present: number, membersPresent: number, quorumRequired: number, outcome: VoteOutcome, decidedAt: string } | null }>, attendance: Array<{ memberId: string | null, personId: string | null, name: string }> } };

export type CastBallotMutationVariables = Exact<{
  input: CastBallotInput;
}>;


export type CastBallotMutation = { castBallot: { meetingId: string, itemId: string, choice: BallotChoice, castAt: string } };

export type CountBallotsMutationVariables = Exact<{
  input: CountBallotsInput;
}>;


export type CountBallotsMutation = { countBallots: { id: string, title: string, state: MeetingState, version: number, startsAt: string, place: string, placeId: string | null, public: boolean, registrationCount: number, presentCount: number, membersPresent: number, report: string | null, cancelReason: string | null, demandIssueIds: Array<string>, createdAt: string, updatedAt: string, agenda: Array<{ id: string, order: number, title: string, description: string, plannedMinutes: number, linkedIssueIds: Array<string>, resolutionIssueIds: Array<string>, vote: { method: VoteMethod, for: number, against: number, abstain: number, present: number, membersPresent: number, quorumRequired: number, outcome: VoteOutcome, decidedAt: string } | null }>, attendance: Array<{ memberId: string | null, personId: string | null, name: string }> } };

export type CreateResolutionIssuesMutationVariables = Exact<{
  input: CreateResolutionIssuesInput;
}>;


export type CreateResolutionIssuesMutation = { createResolutionIssues: { meeting: { id: string, title: string, state: MeetingState, version: number, startsAt: string, place: string, placeId: string | null, public: boolean, registrationCount: number, presentCount: number, membersPresent: number, report: string | null, cancelReason: string | null, demandIssueIds: Array<string>, createdAt: string, updatedAt: string, agenda: Array<{ id: string, order: number, title: string, description: string, plannedMinutes: number, linkedIssueIds: Array<string>, resolutionIssueIds: Array<string>, vote: { method: VoteMethod, for: number, against: number, abstain: number, present: number, membersPresent: number, quorumRequired: number, outcome: VoteOutcome, decidedAt: string } | null }>, attendance: Array<{ memberId: string | null, personId: string | null, name: string }> }, issues: Array<{ id: string, title: string, state: IssueState, priority: IssuePriority, categoryCode: string, handlingLevel: HandlingLevel, dueAt: string | null, overdue: boolean, version: number, createdAt: string, updatedAt: string, grid: { id: string, name: string }, handlingUnit: { id: string, name: string } }> } };

export type RaiseDemandsMutationVariables = Exact<{
  input: RaiseDemandsInput;
}>;


export type RaiseDemandsMutation = { raiseDemands: { meeting: { id: string, title: string, state: MeetingState, version: number, startsAt: string, place: string, placeId: string | null, public: boolean, registrationCount: number, presentCount: number, membersPresent: number, report: string | null, cancelReason: string | null, demandIssueIds: Array<string>, createdAt: string, updatedAt: string, agenda: Array<{ id: string, order: number, title: string, description: string, plannedMinutes: number, linkedIssueIds: Array<string>, resolutionIssueIds: Array<string>, vote: { method: VoteMethod, for: number, against: number, abstain: number, present: number, membersPresent: number, quorumRequired: number, outcome: VoteOutcome, decidedAt: string } | null }>, attendance: Array<{ memberId: string | null, personId: string | null, name: string }> }, issues: Array<{ id: string, title: string, state: IssueState, priority: IssuePriority, categoryCode: string, handlingLevel: HandlingLevel, dueAt: string | null, overdue: boolean, version: number, createdAt: string, updatedAt: string, grid: { id: string, name: string }, handlingUnit: { id: string, name: string } }> } };

export type IssueSummaryFragment = { id: string, title: string, state: IssueState, priority: IssuePriority, categoryCode: string, handlingLevel: HandlingLevel, dueAt: string | null, overdue: boolean, version: number, createdAt: string, updatedAt: string, grid: { id: string, name: string }, handlingUnit: { id: string, name: string } };

export type IssueDetailFragment = { description: string, channel: IssueChannel, mediaUrls: Array<string>, supervisionCount: number, reworkCount: number, returnCount: number, satisfaction: number | null, mergedIntoId: string | null, duplicateIds: Array<string>, rejectReason: string | null, closedAt: string | null, id: string, title: string, state: IssueState, priority: IssuePriority, categoryCode: string, handlingLevel: HandlingLevel, dueAt: string | null, overdue: boolean, version: number, createdAt: string, updatedAt: string, location: { gridId: string, buildingId: string | null, latitude: number | null, longitude: number | null, address: string | null }, attributes: Array<{ code: string, values: Array<string> }>, reporter: { kind: ReporterKind, anonymous: boolean, personId: string | null, name: string | null }, assignedUnit: { id: string, name: string } | null, assignee: { id: string, name: string } | null, resolution: { outcome: ResolutionOutcome, note: string } | null, timeline: Array<{ version: number, kind: TimelineEventKind, at: string, actorId: string | null, actorRole: Role | null, fromState: IssueState | null, toState: IssueState, note: string | null, automatic: boolean }>, grid: { id: string, name: string }, handlingUnit: { id: string, name: string } };

export type IssueQueryVariables = Exact<{
  id: string | number;
}>;


export type IssueQuery = { issue: { description: string, channel: IssueChannel, mediaUrls: Array<string>, supervisionCount: number, reworkCount: number, returnCount: number, satisfaction: number | null, mergedIntoId: string | null, duplicateIds: Array<string>, rejectReason: string | null, closedAt: string | null, id: string, title: string, state: IssueState, priority: IssuePriority, categoryCode: string, handlingLevel: HandlingLevel, dueAt: string | null, overdue: boolean, version: number, createdAt: string, updatedAt: string, location: { gridId: string, buildingId: string | null, latitude: number | null, longitude: number | null, address: string | null }, attributes: Array<{ code: string, values: Array<string> }>, reporter: { kind: ReporterKind, anonymous: boolean, personId: string | null, name: string | null }, assignedUnit: { id: string, name: string } | null, assignee: { id: string, name: string } | null, resolution: { outcome: ResolutionOutcome, note: string } | null, timeline: Array<{ version: number, kind: TimelineEventKind, at: string, actorId: string | null, actorRole: Role | null, fromState: IssueState | null, toState: IssueState, note: string | null, automatic: boolean }>, grid: { id: string, name: string }, handlingUnit: { id: string, name: string } } | null };

export type IssuesQueryVariables = Exact<{
  filter?: IssueFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type IssuesQuery = { issues: { edges: Array<{ node: { id: string, title: string, state: IssueState, priority: IssuePriority, categoryCode: string, handlingLevel: HandlingLevel, dueAt: string | null, overdue: boolean, version: number, createdAt: string, updatedAt: string, grid: { id: string, name: string }, handlingUnit: { id: string, name: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type CategoriesQuery = { categories: Array<{ code: string, name: string, group: string, description: string, keywords: Array<string>, defaultPriority: IssuePriority, attributes: Array<{ code: string, datatype: AttributeDatatype, description: string, required: boolean, order: number, values: Array<{ key: string, name: string }> }> }> };

export type ReportIssueMutationVariables = Exact<{
  input: ReportIssueInput;
}>;


export type ReportIssueMutation = { reportIssue: { created: boolean, issue: { description: string, channel: IssueChannel, mediaUrls: Array<string>, supervisionCount: number, reworkCount: number, returnCount: number, satisfaction: number | null, mergedIntoId: string | null, duplicateIds: Array<string>, rejectReason: string | null, closedAt: string | null, id: string, title: string, state: IssueState, priority: IssuePriority, categoryCode: string, handlingLevel: HandlingLevel, dueAt: string | null, overdue: boolean, version: number, createdAt: string, updatedAt: string, location: { gridId: string, buildingId: string | null, latitude: number | null, longitude: number | null, address: string | null }, attributes: Array<{ code: string, values: Array<string> }>, reporter: { kind: ReporterKind, anonymous: boolean, personId: string | null, name: string | null }, assignedUnit: { id: string, name: string } | null, assignee: { id: string, name: string } | null, resolution: { outcome: ResolutionOutcome, note: string } | null, timeline: Array<{ version: number, kind: TimelineEventKind, at: string, actorId: string | null, actorRole: Role | null, fromState: IssueState | null, toState: IssueState, note: string | null, automatic: boolean }>, grid: { id: string, name: string }, handlingUnit: { id: string, name: string } }, duplicateSuggestions: Array<{ id: string, title: string, state: IssueState, priority: IssuePriority, categoryCode: string, handlingLevel: HandlingLevel, dueAt: string | null, overdue: boolean, version: number, createdAt: string, updatedAt: string, grid: { id: string, name: string }, handlingUnit: { id: string, name: string } }> } };

export type AcceptIssueMutationVariables = Exact<{
  input: AcceptIssueInput;
}>;


export type AcceptIssueMutation = { acceptIssue: { description: string, channel: IssueChannel, mediaUrls: Array<string>, supervisionCount: number, reworkCount: number, returnCount: number, satisfaction: number | null, mergedIntoId: string | null, duplicateIds: Array<string>, rejectReason: string | null, closedAt: string | null, id: string, title: string, state: IssueState, priority: IssuePriority, categoryCode: string, handlingLevel: HandlingLevel, dueAt: string | null, overdue: boolean, version: number, createdAt: string, updatedAt: string, location: { gridId: string, buildingId: string | null, latitude: number | null, longitude: number | null, address: string | null }, attributes: Array<{ code: string, values: Array<string> }>, reporter: { kind: ReporterKind, anonymous: boolean, personId: string | null, name: string | null }, assignedUnit: { id: string, name: string } | null, assignee: { id: string, name: string } | null, resolution: { outcome: ResolutionOutcome, note: string } | null, timeline: Array<{ version: number, kind: TimelineEventKind, at: string, actorId: string | null, actorRole: Role | null, fromState: IssueState | null, toState: IssueState, note: string | null, automatic: boolean }>, grid: { id: string, name: string }, handlingUnit: { id: string, name: string } } };

export type RejectIssueMutationVariables = Exact<{
  input: RejectIssueInput;
}>;


export type RejectIssueMutation = { rejectIssue: { description: string, channel: IssueChannel, mediaUrls: Array<string>, supervisionCount: number, reworkCount: number, returnCount: number, satisfaction: number | null, mergedIntoId: string | null, duplicateIds: Array<string>, rejectReason: string | null, closedAt: string | null, id: string, title: string, state: IssueState, priority: IssuePriority, categoryCode: string, handlingLevel: HandlingLevel, dueAt: string | null, overdue: boolean, version: number, createdAt: string, updatedAt: string, location: { gridId: string, buildingId: string | null, latitude: number | null, longitude: number | null, address: string | null }, attributes: Array<{ code: string, values: Array<string> }>, reporter: { kind: ReporterKind, anonymous: boolean, personId: string | null, name: string | null }, assignedUnit: { id: string, name: string } | null, assignee: { id: string, name: string } | null, resolution: { outcome: ResolutionOutcome, note: string } | null, timeline: Array<{ version: number, kind: TimelineEventKind, at: string, actorId: string | null, actorRole: Role | null, fromState: IssueState | null, toState: IssueState, note: string | null, automatic: boolean }>, grid: { id: string, name: string }, handlingUnit: { id: string, name: string } } };

export type MergeIssueMutationVariables = Exact<{
  input: MergeIssueInput;
}>;


export type MergeIssueMutation = { mergeIssue: { description: string, channel: IssueChannel, mediaUrls: Array<string>, supervisionCount: number, reworkCount: number, returnCount: number, satisfaction: number | null, mergedIntoId: string | null, duplicateIds: Array<string>, rejectReason: string | null, closedAt: string | null, id: string, title: string, state: IssueState, priority: IssuePriority, categoryCode: string, handlingLevel: HandlingLevel, dueAt: string | null, overdue: boolean, version: number, createdAt: string, updatedAt: string, location: { gridId: string, buildingId: string | null, latitude: number | null, longitude: number | null, address: string | null }, attributes: Array<{ code: string, values: Array<string> }>, reporter: { kind: ReporterKind, anonymous: boolean, personId: string | null, name: string | null }, assignedUnit: { id: string, name: string } | null, assignee: { id: string, name: string } | null, resolution: { outcome: ResolutionOutcome, note: string } | null, timeline: Array<{ version: number, kind: TimelineEventKind, at: string, actorId: string | null, actorRole: Role | null, fromState: IssueState | null, toState: IssueState, note: string | null, automatic: boolean }>, grid: { id: string, name: string }, handlingUnit: { id: string, name: string } } };

export type AssignIssueMutationVariables = Exact<{
  input: AssignIssueInput;
}>;


export type AssignIssueMutation = { assignIssue: { description: string, channel: IssueChannel, mediaUrls: Array<string>, supervisionCount: number, reworkCount: number, returnCount: number, satisfaction: number | null, mergedIntoId: string | null, duplicateIds: Array<string>, rejectReason: string | null, closedAt: string | null, id: string, title: string, state: IssueState, priority: IssuePriority, categoryCode: string, handlingLevel: HandlingLevel, dueAt: string | null, overdue: boolean, version: number, createdAt: string, updatedAt: string, location: { gridId: string, buildingId: string | null, latitude: number | null, longitude: number | null, address: string | null }, attributes: Array<{ code: string, values: Array<string> }>, reporter: { kind: ReporterKind, anonymous: boolean, personId: string | null, name: string | null }, assignedUnit: { id: string, name: string } | null, assignee: { id: string, name: string } | null, resolution: { outcome: ResolutionOutcome, note: string } | null, timeline: Array<{ version: number, kind: TimelineEventKind, at: string, actorId: string | null, actorRole: Role | null, fromState: IssueState | null, toState: IssueState, note: string | null, automatic: boolean }>, grid: { id: string, name: string }, handlingUnit: { id: string, name: string } } };

export type EscalateIssueMutationVariables = Exact<{
  input: ReasonInput;
}>;


export type EscalateIssueMutation = { escalateIssue: { description: string, channel: IssueChannel, mediaUrls: Array<string>, supervisionCount: number, reworkCount: number, returnCount: number, satisfaction: number | null, mergedIntoId: string | null, duplicateIds: Array<string>, rejectReason: string | null, closedAt: string | null, id: string, title: string, state: IssueState, priority: IssuePriority, categoryCode: string, handlingLevel: HandlingLevel, dueAt: string | null, overdue: boolean, version: number, createdAt: string, updatedAt: string, location: { gridId: string, buildingId: string | null, latitude: number | null, longitude: number | null, address: string | null }, attributes: Array<{ code: string, values: Array<string> }>, reporter: { kind: ReporterKind, anonymous: boolean, personId: string | null, name: string | null }, assignedUnit: { id: string, name: string } | null, assignee: { id: string, name: string } | null, resolution: { outcome: ResolutionOutcome, note: string } | null, timeline: Array<{ version: number, kind: TimelineEventKind, at: string, actorId: string | null, actorRole: Role | null, fromState: IssueState | null, toState: IssueState, note: string | null, automatic: boolean }>, grid: { id: string, name: string }, handlingUnit: { id: string, name: string } } };

export type ReturnIssueMutationVariables = Exact<{
  input: ReasonInput;
}>;


export type ReturnIssueMutation = { returnIssue: { description: string, channel: IssueChannel, mediaUrls: Array<string>, supervisionCount: number, reworkCount: number, returnCount: number, satisfaction: number | null, mergedIntoId: string | null, duplicateIds: Array<string>, rejectReason: string | null, closedAt: string | null, id: string, title: string, state: IssueState, priority: IssuePriority, categoryCode: string, handlingLevel: HandlingLevel, dueAt: string | null, overdue: boolean, version: number, createdAt: string, updatedAt: string, location: { gridId: string, buildingId: string | null, latitude: number | null, longitude: number | null, address: string | null }, attributes: Array<{ code: string, values: Array<string> }>, reporter: { kind: ReporterKind, anonymous: boolean, personId: string | null, name: string | null }, assignedUnit: { id: string, name: string } | null, assignee: { id: string, name: string } | null, resolution: { outcome: ResolutionOutcome, note: string } | null, timeline: Array<{ version: number, kind: TimelineEventKind, at: string, actorId: string | null, actorRole: Role | null, fromState: IssueState | null, toState: IssueState, note: string | null, automatic: boolean }>, grid: { id: string, name: string }, handlingUnit: { id: string, name: string } } };

export type StartIssueMutationVariables = Exact<{
  input: IssueNoteInput;
}>;


export type StartIssueMutation = { startIssue: { description: string, channel: IssueChannel, mediaUrls: Array<string>, supervisionCount: number, reworkCount: number, returnCount: number, satisfaction: number | null, mergedIntoId: string | null, duplicateIds: Array<string>, rejectReason: string | null, closedAt: string | null, id: string, title: string, state: IssueState, priority: IssuePriority, categoryCode: string, handlingLevel: HandlingLevel, dueAt: string | null, overdue: boolean, version: number, createdAt: string, updatedAt: string, location: { gridId: string, buildingId: string | null, latitude: number | null, longitude: number | null, address: string | null }, attributes: Array<{ code: string, values: Array<string> }>, reporter: { kind: ReporterKind, anonymous: boolean, personId: string | null, name: string | null }, assignedUnit: { id: string, name: string } | null, assignee: { id: string, name: string } | null, resolution: { outcome: ResolutionOutcome, note: string } | null, timeline: Array<{ version: number, kind: TimelineEventKind, at: string, actorId: string | null, actorRole: Role | null, fromState: IssueState | null, toState: IssueState, note: string | null, automatic: boolean }>, grid: { id: string, name: string }, handlingUnit: { id: string, name: string } } };

export type ResolveIssueMutationVariables = Exact<{
  input: ResolveIssueInput;
}>;


export type ResolveIssueMutation = { resolveIssue: { description: string, channel: IssueChannel, mediaUrls: Array<string>, supervisionCount: number, reworkCount: number, returnCount: number, satisfaction: number | null, mergedIntoId: string | null, duplicateIds: Array<string>, rejectReason: string | null, closedAt: string | null, id: string, title: string, state: IssueState, priority: IssuePriority, categoryCode: string, handlingLevel: HandlingLevel, dueAt: string | null, overdue: boolean, version: number, createdAt: string, updatedAt: string, location: { gridId: string, buildingId: string | null, latitude: number | null, longitude: number | null, address: string | null }, attributes: Array<{ code: string, values: Array<string> }>, reporter: { kind: ReporterKind, anonymous: boolean, personId: string | null, name: string | null }, assignedUnit: { id: string, name: string } | null, assignee: { id: string, name: string } | null, resolution: { outcome: ResolutionOutcome, note: string } | null, timeline: Array<{ version: number, kind: TimelineEventKind, at: string, actorId: string | null, actorRole: Role | null, fromState: IssueState | null, toState: IssueState, note: string | null, automatic: boolean }>, grid: { id: string, name: string }, handlingUnit: { id: string, name: string } } };

export type CloseIssueMutationVariables = Exact<{
  input: CloseIssueInput;
}>;


export type CloseIssueMutation = { closeIssue: { description: string, channel: IssueChannel, mediaUrls: Array<string>, supervisionCount: number, reworkCount: number, returnCount: number, satisfaction: number | null, mergedIntoId: string | null, duplicateIds: Array<string>, rejectReason: string | null, closedAt: string | null, id: string, title: string, state: IssueState, priority: IssuePriority, categoryCode: string, handlingLevel: HandlingLevel, dueAt: string | null, overdue: boolean, version: number, createdAt: string, updatedAt: string, location: { gridId: string, buildingId: string | null, latitude: number | null, longitude: number | null, address: string | null }, attributes: Array<{ code: string, values: Array<string> }>, reporter: { kind: ReporterKind, anonymous: boolean, personId: string | null, name: string | null }, assignedUnit: { id: string, name: string } | null, assignee: { id: string, name: string } | null, resolution: { outcome: ResolutionOutcome, note: string } | null, timeline: Array<{ version: number, kind: TimelineEventKind, at: string, actorId: string | null, actorRole: Role | null, fromState: IssueState | null, toState: IssueState, note: string | null, automatic: boolean }>, grid: { id: string, name: string }, handlingUnit: { id: string, name: string } } };

export type ReopenIssueMutationVariables = Exact<{
  input: ReasonInput;
}>;


export type ReopenIssueMutation = { reopenIssue: { description: string, channel: IssueChannel, mediaUrls: Array<string>, supervisionCount: number, reworkCount: number, returnCount: number, satisfaction: number | null, mergedIntoId: string | null, duplicateIds: Array<string>, rejectReason: string | null, closedAt: string | null, id: string, title: string, state: IssueState, priority: IssuePriority, categoryCode: string, handlingLevel: HandlingLevel, dueAt: string | null, overdue: boolean, version: number, createdAt: string, updatedAt: string, location: { gridId: string, buildingId: string | null, latitude: number | null, longitude: number | null, address: string | null }, attributes: Array<{ code: string, values: Array<string> }>, reporter: { kind: ReporterKind, anonymous: boolean, personId: string | null, name: string | null }, assignedUnit: { id: string, name: string } | null, assignee: { id: string, name: string } | null, resolution: { outcome: ResolutionOutcome, note: string } | null, timeline: Array<{ version: number, kind: TimelineEventKind, at: string, actorId: string | null, actorRole: Role | null, fromState: IssueState | null, toState: IssueState, note: string | null, automatic: boolean }>, grid: { id: string, name: string }, handlingUnit: { id: string, name: string } } };

export type SuperviseIssueMutationVariables = Exact<{
  input: SuperviseIssueInput;
}>;


export type SuperviseIssueMutation = { superviseIssue: { description: string, channel: IssueChannel, mediaUrls: Array<string>, supervisionCount: number, reworkCount: number, returnCount: number, satisfaction: number | null, mergedIntoId: string | null, duplicateIds: Array<string>, rejectReason: string | null, closedAt: string | null, id: string, title: string, state: IssueState, priority: IssuePriority, categoryCode: string, handlingLevel: HandlingLevel, dueAt: string | null, overdue: boolean, version: number, createdAt: string, updatedAt: string, location: { gridId: string, buildingId: string | null, latitude: number | null, longitude: number | null, address: string | null }, attributes: Array<{ code: string, values: Array<string> }>, reporter: { kind: ReporterKind, anonymous: boolean, personId: string | null, name: string | null }, assignedUnit: { id: string, name: string } | null, assignee: { id: string, name: string } | null, resolution: { outcome: ResolutionOutcome, note: string } | null, timeline: Array<{ version: number, kind: TimelineEventKind, at: string, actorId: string | null, actorRole: Role | null, fromState: IssueState | null, toState: IssueState, note: string | null, automatic: boolean }>, grid: { id: string, name: string }, handlingUnit: { id: string, name: string } } };

export type CommentIssueMutationVariables = Exact<{
  input: CommentIssueInput;
}>;


export type CommentIssueMutation = { commentIssue: { description: string, channel: IssueChannel, mediaUrls: Array<string>, supervisionCount: number, reworkCount: number, returnCount: number, satisfaction: number | null, mergedIntoId: string | null, duplicateIds: Array<string>, rejectReason: string | null, closedAt: string | null, id: string, title: string, state: IssueState, priority: IssuePriority, categoryCode: string, handlingLevel: HandlingLevel, dueAt: string | null, overdue: boolean, version: number, createdAt: string, updatedAt: string, location: { gridId: string, buildingId: string | null, latitude: number | null, longitude: number | null, address: string | null }, attributes: Array<{ code: string, values: Array<string> }>, reporter: { kind: ReporterKind, anonymous: boolean, personId: string | null, name: string | null }, assignedUnit: { id: string, name: string } | null, assignee: { id: string, name: string } | null, resolution: { outcome: ResolutionOutcome, note: string } | null, timeline: Array<{ version: number, kind: TimelineEventKind, at: string, actorId: string | null, actorRole: Role | null, fromState: IssueState | null, toState: IssueState, note: string | null, automatic: boolean }>, grid: { id: string, name: string }, handlingUnit: { id: string, name: string } } };

export type MyNotificationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyNotificationsQuery = { myNotifications: { edges: Array<{ node: { id: string, kind: NotificationKind, message: string, createdAt: string, read: boolean, subject: { type: SubjectType, id: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MarkNotificationsReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: { markedCount: number } };

export type OrgUnitSummaryFragment = { id: string, kind: OrgUnitKind, code: string, name: string, path: string, parentId: string | null, version: number };

export type HealthQueryVariables = Exact<{ [key: string]: never; }>;


export type HealthQuery = { health: { ok: boolean, version: string, time: string } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, role: Role, scope: { id: string, kind: OrgUnitKind, code: string, name: string, path: string, parentId: string | null, version: number } } };

export type OrgUnitQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrgUnitQuery = { orgUnit: { id: string, kind: OrgUnitKind, code: string, name: string, path: string, parentId: string | null, version: number, ancestors: Array<{ id: string, name: string, kind: OrgUnitKind }>, partyBranch: { name: string, secretary: string, memberCount: number } | null, gridWorkers: Array<{ id: string, name: string, phone: string | null }>, children: { edges: Array<{ node: { id: string, kind: OrgUnitKind, code: string, name: string, path: string, parentId: string | null, version: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type OrgUnitsQueryVariables = Exact<{
  kind: OrgUnitKind;
  under?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrgUnitsQuery = { orgUnits: { edges: Array<{ node: { id: string, kind: OrgUnitKind, code: string, name: string, path: string, parentId: string | null, version: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SearchOrgUnitsQueryVariables = Exact<{
  name: string;
  under?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchOrgUnitsQuery = { searchOrgUnits: { edges: Array<{ node: { id: string, kind: OrgUnitKind, code: string, name: string, path: string, parentId: string | null, version: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PlaceSummaryFragment = { id: string, name: string, kind: PlaceKind, address: string, latitude: number, longitude: number, phone: string | null, services: Array<string>, unitId: string, unitName: string, version: number, openingHours: Array<{ weekday: Weekday, opens: string, closes: string }> };

export type TimetableDetailFragment = { placeId: string, version: number, updatedAt: string | null, slots: Array<{ weekday: Weekday, start: string, end: string, department: string, service: string, note: string | null }> };

export type MediationCaseDetailFragment = { id: string, title: string, summary: string, category: DisputeCategory, state: MediationState, outcome: MediationOutcome | null, version: number, unitId: string, unitName: string, councilId: string | null, placeId: string | null, openedAt: string, updatedAt: string, closedAt: string | null, closingNote: string | null, agreementText: string | null, overdueObligationCount: number, parties: Array<{ id: string, kind: PartyKind, side: PartySide, name: string, phone: string | null, personId: string | null }>, mediators: Array<{ personId: string, name: string }>, sessions: Array<{ id: string, kind: SessionKind, at: string, placeId: string | null, placeName: string | null, court: string | null, note: string }>, obligations: Array<{ id: string, partyId: string, description: string, amountYuan: number | null, dueAt: string, fulfilledAt: string | null, overdue: boolean, note: string | null }> };

export type PlacesNearQueryVariables = Exact<{
  latitude: number;
  longitude: number;
  radiusMetres?: number | null | undefined;
  walkingMinutes?: number | null | undefined;
  kind?: PlaceKind | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PlacesNearQuery = { placesNear: { edges: Array<{ node: { distanceMetres: number, walkingMinutes: number, place: { id: string, name: string, kind: PlaceKind, address: string, latitude: number, longitude: number, phone: string | null, services: Array<string>, unitId: string, unitName: string, version: number, openingHours: Array<{ weekday: Weekday, opens: string, closes: string }> } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PlacesQueryVariables = Exact<{
  unitId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PlacesQuery = { places: { edges: Array<{ node: { id: string, name: string, kind: PlaceKind, address: string, latitude: number, longitude: number, phone: string | null, services: Array<string>, unitId: string, unitName: string, version: number, openingHours: Array<{ weekday: Weekday, opens: string, closes: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PlaceQueryVariables = Exact<{
  id: string | number;
}>;


export type PlaceQuery = { place: { createdAt: string, updatedAt: string, id: string, name: string, kind: PlaceKind, address: string, latitude: number, longitude: number, phone: string | null, services: Array<string>, unitId: string, unitName: string, version: number, timetable: { placeId: string, version: number, updatedAt: string | null, slots: Array<{ weekday: Weekday, start: string, end: string, department: string, service: string, note: string | null }> }, openingHours: Array<{ weekday: Weekday, opens: string, closes: string }> } | null };

export type PlaceCountsQueryVariables = Exact<{
  unitId?: string | number | null | undefined;
}>;


export type PlaceCountsQuery = { placeCounts: { unitId: string, total: number, byKind: Array<{ kind: PlaceKind, count: number }> } };

export type TimetableNearQueryVariables = Exact<{
  latitude: number;
  longitude: number;
  radiusMetres?: number | null | undefined;
  walkingMinutes?: number | null | undefined;
  kind?: PlaceKind | null | undefined;
  weekday?: Weekday | null | undefined;
}>;


export type TimetableNearQuery = { timetableNear: { weekStarts: string, placesConsidered: number, days: Array<{ weekday: Weekday, date: string, sessions: Array<{ distanceMetres: number, walkingMinutes: number, slot: { weekday: Weekday, start: string, end: string, department: string, service: string, note: string | null }, place: { id: string, name: string, kind: PlaceKind, address: string } }> }> } };

export type CreatePlaceMutationVariables = Exact<{
  input: CreatePlaceInput;
}>;


export type CreatePlaceMutation = { createPlace: { id: string, name: string, kind: PlaceKind, address: string, latitude: number, longitude: number, phone: string | null, services: Array<string>, unitId: string, unitName: string, version: number, openingHours: Array<{ weekday: Weekday, opens: string, closes: string }> } };

export type UpdatePlaceMutationVariables = Exact<{
  input: UpdatePlaceInput;
}>;


export type UpdatePlaceMutation = { updatePlace: { id: string, name: string, kind: PlaceKind, address: string, latitude: number, longitude: number, phone: string | null, services: Array<string>, unitId: string, unitName: string, version: number, openingHours: Array<{ weekday: Weekday, opens: string, closes: string }> } };

export type SetPlaceTimetableMutationVariables = Exact<{
  input: SetPlaceTimetableInput;
}>;


export type SetPlaceTimetableMutation = { setPlaceTimetable: { id: string, name: string, timetable: { placeId: string, version: number, updatedAt: string | null, slots: Array<{ weekday: Weekday, start: string, end: string, department: string, service: string, note: string | null }> } } };

export type MediationCasesQueryVariables = Exact<{
  unitId?: string | number | null | undefined;
  mine?: boolean | null | undefined;
  state?: MediationState | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MediationCasesQuery = { mediationCases: { edges: Array<{ node: { id: string, title: string, category: DisputeCategory, state: MediationState, outcome: MediationOutcome | null, unitName: string, openedAt: string, updatedAt: string, overdueObligationCount: number, version: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MediationCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type MediationCaseQuery = { mediationCase: { id: string, title: string, summary: string, category: DisputeCategory, state: MediationState, outcome: MediationOutcome | null, version: number, unitId: string, unitName: string, councilId: string | null, placeId: string | null, openedAt: string, updatedAt: string, closedAt: string | null, closingNote: string | null, agreementText: string | null, overdueObligationCount: number, parties: Array<{ id: string, kind: PartyKind, side: PartySide, name: string, phone: string | null, personId: string | null }>, mediators: Array<{ personId: string, name: string }>, sessions: Array<{ id: string, kind: SessionKind, at: string, placeId: string | null, placeName: string | null, court: string | null, note: string }>, obligations: Array<{ id: string, partyId: string, description: string, amountYuan: number | null, dueAt: string, fulfilledAt: string | null, overdue: boolean, note: string | null }> } | null };

export type MediationCountsQueryVariables = Exact<{
  unitId?: string | number | null | undefined;
}>;


export type MediationCountsQuery = { mediationCounts: { unitId: string, total: number, overdueObligations: number, byState: Array<{ state: MediationState, count: number }> } };

export type OverdueObligationsQueryVariables = Exact<{
  unitId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OverdueObligationsQuery = { overdueObligations: { edges: Array<{ node: { obligation: { id: string, partyId: string, description: string, amountYuan: number | null, dueAt: string, overdue: boolean }, case: { id: string, title: string, state: MediationState, unitName: string, version: number } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OpenMediationCaseMutationVariables = Exact<{
  input: OpenMediationCaseInput;
}>;


export type OpenMediationCaseMutation = { openMediationCase: { id: string, title: string, summary: string, category: DisputeCategory, state: MediationState, outcome: MediationOutcome | null, version: number, unitId: string, unitName: string, councilId: string | null, placeId: string | null, openedAt: string, updatedAt: string, closedAt: string | null, closingNote: string | null, agreementText: string | null, overdueObligationCount: number, parties: Array<{ id: string, kind: PartyKind, side: PartySide, name: string, phone: string | null, personId: string | null }>, mediators: Array<{ personId: string, name: string }>, sessions: Array<{ id: string, kind: SessionKind, at: string, placeId: string | null, placeName: string | null, court: string | null, note: string }>, obligations: Array<{ id: string, partyId: string, description: string, amountYuan: number | null, dueAt: string, fulfilledAt: string | null, overdue: boolean, note: string | null }> } };

export type RecordMediationSessionMutationVariables = Exact<{
  input: RecordMediationSessionInput;
}>;


export type RecordMediationSessionMutation = { recordMediationSession: { id: string, title: string, summary: string, category: DisputeCategory, state: MediationState, outcome: MediationOutcome | null, version: number, unitId: string, unitName: string, councilId: string | null, placeId: string | null, openedAt: string, updatedAt: string, closedAt: string | null, closingNote: string | null, agreementText: string | null, overdueObligationCount: number, parties: Array<{ id: string, kind: PartyKind, side: PartySide, name: string, phone: string | null, personId: string | null }>, mediators: Array<{ personId: string, name: string }>, sessions: Array<{ id: string, kind: SessionKind, at: string, placeId: string | null, placeName: string | null, court: string | null, note: string }>, obligations: Array<{ id: string, partyId: string, description: string, amountYuan: number | null, dueAt: string, fulfilledAt: string | null, overdue: boolean, note: string | null }> } };

export type ConcludeMediationMutationVariables = Exact<{
  input: ConcludeMediationInput;
}>;


export type ConcludeMediationMutation = { concludeMediation: { id: string, title: string, summary: string, category: DisputeCategory, state: MediationState, outcome: MediationOutcome | null, version: number, unitId: string, unitName: string, councilId: string | null, placeId: string | null, openedAt: string, updatedAt: string, closedAt: string | null, closingNote: string | null, agreementText: string | null, overdueObligationCount: number, parties: Array<{ id: string, kind: PartyKind, side: PartySide, name: string, phone: string | null, personId: string | null }>, mediators: Array<{ personId: string, name: string }>, sessions: Array<{ id: string, kind: SessionKind, at: string, placeId: string | null, placeName: string | null, court: string | null, note: string }>, obligations: Array<{ id: string, partyId: string, description: string, amountYuan: number | null, dueAt: string, fulfilledAt: string | null, overdue: boolean, note: string | null }> } };

export type FulfilObligationMutationVariables = Exact<{
  input: FulfilObligationInput;
}>;


export type FulfilObligationMutation = { fulfilObligation: { id: string, title: string, summary: string, category: DisputeCategory, state: MediationState, outcome: MediationOutcome | null, version: number, unitId: string, unitName: string, councilId: string | null, placeId: string | null, openedAt: string, updatedAt: string, closedAt: string | null, closingNote: string | null, agreementText: string | null, overdueObligationCount: number, parties: Array<{ id: string, kind: PartyKind, side: PartySide, name: string, phone: string | null, personId: string | null }>, mediators: Array<{ personId: string, name: string }>, sessions: Array<{ id: string, kind: SessionKind, at: string, placeId: string | null, placeName: string | null, court: string | null, note: string }>, obligations: Array<{ id: string, partyId: string, description: string, amountYuan: number | null, dueAt: string, fulfilledAt: string | null, overdue: boolean, note: string | null }> } };

export type CloseMediationCaseMutationVariables = Exact<{
  input: CloseMediationCaseInput;
}>;


export type CloseMediationCaseMutation = { closeMediationCase: { id: string, title: string, summary: string, category: DisputeCategory, state: MediationState, outcome: MediationOutcome | null, version: number, unitId: string, unitName: string, councilId: string | null, placeId: string | null, openedAt: string, updatedAt: string, closedAt: string | null, closingNote: string | null, agreementText: string | null, overdueObligationCount: number, parties: Array<{ id: string, kind: PartyKind, side: PartySide, name: string, phone: string | null, personId: string | null }>, mediators: Array<{ personId: string, name: string }>, sessions: Array<{ id: string, kind: SessionKind, at: string, placeId: string | null, placeName: string | null, court: string | null, note: string }>, obligations: Array<{ id: string, partyId: string, description: string, amountYuan: number | null, dueAt: string, fulfilledAt: string | null, overdue: boolean, note: string | null }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CouncilSummaryFragmentDoc = new TypedDocumentString(`
    fragment CouncilSummary on Council {
  id
  name
  kind
  unitId
  placeId
  cadence
  majority
  majorityBase
  quorum {
    count
    percentOfMembers
    membersRequired
  }
  progress {
    open
    overdue
    closed
    dropped
  }
  createdAt
}
    `, {"fragmentName":"CouncilSummary"}) as unknown as TypedDocumentString<CouncilSummaryFragment, unknown>;
export const MeetingDetailFragmentDoc = new TypedDocumentString(`
    fragment MeetingDetail on Meeting {
  id
  title
  state
  version
  startsAt
  place
  placeId
  public
  registrationCount
  presentCount
  membersPresent
  report
  cancelReason
  demandIssueIds
  createdAt
  updatedAt
  agenda {
    id
    order
    title
    description
    plannedMinutes
    linkedIssueIds
    resolutionIssueIds
    vote {
      method
      for
      against
      abstain
      present
      membersPresent
      quorumRequired
      outcome
      decidedAt
    }
  }
  attendance {
    memberId
    personId
    name
  }
}
    `, {"fragmentName":"MeetingDetail"}) as unknown as TypedDocumentString<MeetingDetailFragment, unknown>;
export const IssueSummaryFragmentDoc = new TypedDocumentString(`
    fragment IssueSummary on Issue {
  id
  title
  state
  priority
  categoryCode
  handlingLevel
  dueAt
  overdue
  version
  createdAt
  updatedAt
  grid {
    id
    name
  }
  handlingUnit {
    id
    name
  }
}
    `, {"fragmentName":"IssueSummary"}) as unknown as TypedDocumentString<IssueSummaryFragment, unknown>;
export const IssueDetailFragmentDoc = new TypedDocumentString(`
    fragment IssueDetail on Issue {
  ...IssueSummary
  description
  channel
  mediaUrls
  supervisionCount
  reworkCount
  returnCount
  satisfaction
  mergedIntoId
  duplicateIds
  rejectReason
  closedAt
  location {
    gridId
    buildingId
    latitude
    longitude
    address
  }
  attributes {
    code
    values
  }
  reporter {
    kind
    anonymous
    personId
    name
  }
  assignedUnit {
    id
    name
  }
  assignee {
    id
    name
  }
  resolution {
    outcome
    note
  }
  timeline {
    version
    kind
    at
    actorId
    actorRole
    fromState
    toState
    note
    automatic
  }
}
    fragment IssueSummary on Issue {
  id
  title
  state
  priority
  categoryCode
  handlingLevel
  dueAt
  overdue
  version
  createdAt
  updatedAt
  grid {
    id
    name
  }
  handlingUnit {
    id
    name
  }
}`, {"fragmentName":"IssueDetail"}) as unknown as TypedDocumentString<IssueDetailFragment, unknown>;
export const OrgUnitSummaryFragmentDoc = new TypedDocumentString(`
    fragment OrgUnitSummary on OrgUnit {
  id
  kind
  code
  name
  path
  parentId
  version
}
    `, {"fragmentName":"OrgUnitSummary"}) as unknown as TypedDocumentString<OrgUnitSummaryFragment, unknown>;
export const PlaceSummaryFragmentDoc = new TypedDocumentString(`
    fragment PlaceSummary on Place {
  id
  name
  kind
  address
  latitude
  longitude
  phone
  services
  unitId
  unitName
  version
  openingHours {
    weekday
    opens
    closes
  }
}
    `, {"fragmentName":"PlaceSummary"}) as unknown as TypedDocumentString<PlaceSummaryFragment, unknown>;
export const TimetableDetailFragmentDoc = new TypedDocumentString(`
    fragment TimetableDetail on Timetable {
  placeId
  version
  updatedAt
  slots {
    weekday
    start
    end
    department
    service
    note
  }
}
    `, {"fragmentName":"TimetableDetail"}) as unknown as TypedDocumentString<TimetableDetailFragment, unknown>;
export const MediationCaseDetailFragmentDoc = new TypedDocumentString(`
    fragment MediationCaseDetail on MediationCase {
  id
  title
  summary
  category
  state
  outcome
  version
  unitId
  unitName
  councilId
  placeId
  openedAt
  updatedAt
  closedAt
  closingNote
  agreementText
  overdueObligationCount
  parties {
    id
    kind
    side
    name
    phone
    personId
  }
  mediators {
    personId
    name
  }
  sessions {
    id
    kind
    at
    placeId
    placeName
    court
    note
  }
  obligations {
    id
    partyId
    description
    amountYuan
    dueAt
    fulfilledAt
    overdue
    note
  }
}
    `, {"fragmentName":"MediationCaseDetail"}) as unknown as TypedDocumentString<MediationCaseDetailFragment, unknown>;
export const CouncilsDocument = new TypedDocumentString(`
    query Councils($unitId: ID, $kind: CouncilKind, $first: Int, $after: String) {
  councils(unitId: $unitId, kind: $kind, first: $first, after: $after) {
    edges {
      node {
        ...CouncilSummary
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment CouncilSummary on Council {
  id
  name
  kind
  unitId
  placeId
  cadence
  majority
  majorityBase
  quorum {
    count
    percentOfMembers
    membersRequired
  }
  progress {
    open
    overdue
    closed
    dropped
  }
  createdAt
}`) as unknown as TypedDocumentString<CouncilsQuery, CouncilsQueryVariables>;
export const CouncilDocument = new TypedDocumentString(`
    query Council($id: ID!, $standing: TaskStanding, $first: Int, $after: String) {
  council(id: $id) {
    ...CouncilSummary
    ledger {
      residentsReceived
      problemsClosed
    }
    members {
      id
      role
      name
      organisation
      personId
    }
    tasks(standing: $standing, first: $first, after: $after) {
      edges {
        node {
          issueId
          title
          origin
          standing
          issueState
          dueAt
          overdue
          closedAt
          meetingId
          itemId
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment CouncilSummary on Council {
  id
  name
  kind
  unitId
  placeId
  cadence
  majority
  majorityBase
  quorum {
    count
    percentOfMembers
    membersRequired
  }
  progress {
    open
    overdue
    closed
    dropped
  }
  createdAt
}`) as unknown as TypedDocumentString<CouncilQuery, CouncilQueryVariables>;
export const CouncilCountsDocument = new TypedDocumentString(`
    query CouncilCounts($unitId: ID) {
  councilCounts(unitId: $unitId) {
    unitId
    councils
    meetings
  }
}
    `) as unknown as TypedDocumentString<CouncilCountsQuery, CouncilCountsQueryVariables>;
export const MeetingsDocument = new TypedDocumentString(`
    query Meetings($unitId: ID, $from: DateTime, $to: DateTime, $first: Int, $after: String) {
  meetings(unitId: $unitId, from: $from, to: $to, first: $first, after: $after) {
    edges {
      node {
        id
        title
        state
        startsAt
        place
        placeId
        public
        registrationCount
        council {
          id
          name
          kind
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<MeetingsQuery, MeetingsQueryVariables>;
export const MeetingDocument = new TypedDocumentString(`
    query Meeting($id: ID!) {
  meeting(id: $id) {
    ...MeetingDetail
    council {
      id
      name
      kind
      unitId
    }
  }
}
    fragment MeetingDetail on Meeting {
  id
  title
  state
  version
  startsAt
  place
  placeId
  public
  registrationCount
  presentCount
  membersPresent
  report
  cancelReason
  demandIssueIds
  createdAt
  updatedAt
  agenda {
    id
    order
    title
    description
    plannedMinutes
    linkedIssueIds
    resolutionIssueIds
    vote {
      method
      for
      against
      abstain
      present
      membersPresent
      quorumRequired
      outcome
      decidedAt
    }
  }
  attendance {
    memberId
    personId
    name
  }
}`) as unknown as TypedDocumentString<MeetingQuery, MeetingQueryVariables>;
export const MeetingRegistrationsDocument = new TypedDocumentString(`
    query MeetingRegistrations($id: ID!, $first: Int, $after: String) {
  meeting(id: $id) {
    id
    registrations(first: $first, after: $after) {
      edges {
        node {
          personId
          name
          role
          registeredAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MeetingRegistrationsQuery, MeetingRegistrationsQueryVariables>;
export const CreateCouncilDocument = new TypedDocumentString(`
    mutation CreateCouncil($input: CreateCouncilInput!) {
  createCouncil(input: $input) {
    ...CouncilSummary
    members {
      id
      role
      name
      organisation
      personId
    }
  }
}
    fragment CouncilSummary on Council {
  id
  name
  kind
  unitId
  placeId
  cadence
  majority
  majorityBase
  quorum {
    count
    percentOfMembers
    membersRequired
  }
  progress {
    open
    overdue
    closed
    dropped
  }
  createdAt
}`) as unknown as TypedDocumentString<CreateCouncilMutation, CreateCouncilMutationVariables>;
export const ScheduleMeetingDocument = new TypedDocumentString(`
    mutation ScheduleMeeting($input: ScheduleMeetingInput!) {
  scheduleMeeting(input: $input) {
    ...MeetingDetail
  }
}
    fragment MeetingDetail on Meeting {
  id
  title
  state
  version
  startsAt
  place
  placeId
  public
  registrationCount
  presentCount
  membersPresent
  report
  cancelReason
  demandIssueIds
  createdAt
  updatedAt
  agenda {
    id
    order
    title
    description
    plannedMinutes
    linkedIssueIds
    resolutionIssueIds
    vote {
      method
      for
      against
      abstain
      present
      membersPresent
      quorumRequired
      outcome
      decidedAt
    }
  }
  attendance {
    memberId
    personId
    name
  }
}`) as unknown as TypedDocumentString<ScheduleMeetingMutation, ScheduleMeetingMutationVariables>;
export const OpenMeetingDocument = new TypedDocumentString(`
    mutation OpenMeeting($input: MeetingCommandInput!) {
  openMeeting(input: $input) {
    ...MeetingDetail
  }
}
    fragment MeetingDetail on Meeting {
  id
  title
  state
  version
  startsAt
  place
  placeId
  public
  registrationCount
  presentCount
  membersPresent
  report
  cancelReason
  demandIssueIds
  createdAt
  updatedAt
  agenda {
    id
    order
    title
    description
    plannedMinutes
    linkedIssueIds
    resolutionIssueIds
    vote {
      method
      for
      against
      abstain
      present
      membersPresent
      quorumRequired
      outcome
      decidedAt
    }
  }
  attendance {
    memberId
    personId
    name
  }
}`) as unknown as TypedDocumentString<OpenMeetingMutation, OpenMeetingMutationVariables>;
export const CloseMeetingDocument = new TypedDocumentString(`
    mutation CloseMeeting($input: CloseMeetingInput!) {
  closeMeeting(input: $input) {
    ...MeetingDetail
  }
}
    fragment MeetingDetail on Meeting {
  id
  title
  state
  version
  startsAt
  place
  placeId
  public
  registrationCount
  presentCount
  membersPresent
  report
  cancelReason
  demandIssueIds
  createdAt
  updatedAt
  agenda {
    id
    order
    title
    description
    plannedMinutes
    linkedIssueIds
    resolutionIssueIds
    vote {
      method
      for
      against
      abstain
      present
      membersPresent
      quorumRequired
      outcome
      decidedAt
    }
  }
  attendance {
    memberId
    personId
    name
  }
}`) as unknown as TypedDocumentString<CloseMeetingMutation, CloseMeetingMutationVariables>;
export const CancelMeetingDocument = new TypedDocumentString(`
    mutation CancelMeeting($input: CancelMeetingInput!) {
  cancelMeeting(input: $input) {
    ...MeetingDetail
  }
}
    fragment MeetingDetail on Meeting {
  id
  title
  state
  version
  startsAt
  place
  placeId
  public
  registrationCount
  presentCount
  membersPresent
  report
  cancelReason
  demandIssueIds
  createdAt
  updatedAt
  agenda {
    id
    order
    title
    description
    plannedMinutes
    linkedIssueIds
    resolutionIssueIds
    vote {
      method
      for
      against
      abstain
      present
      membersPresent
      quorumRequired
      outcome
      decidedAt
    }
  }
  attendance {
    memberId
    personId
    name
  }
}`) as unknown as TypedDocumentString<CancelMeetingMutation, CancelMeetingMutationVariables>;
export const RegisterForMeetingDocument = new TypedDocumentString(`
    mutation RegisterForMeeting($input: RegisterForMeetingInput!) {
  registerForMeeting(input: $input) {
    meetingId
    personId
    name
    role
    registeredAt
  }
}
    `) as unknown as TypedDocumentString<RegisterForMeetingMutation, RegisterForMeetingMutationVariables>;
export const RecordAttendanceDocument = new TypedDocumentString(`
    mutation RecordAttendance($input: RecordAttendanceInput!) {
  recordAttendance(input: $input) {
    ...MeetingDetail
  }
}
    fragment MeetingDetail on Meeting {
  id
  title
  state
  version
  startsAt
  place
  placeId
  public
  registrationCount
  presentCount
  membersPresent
  report
  cancelReason
  demandIssueIds
  createdAt
  updatedAt
  agenda {
    id
    order
    title
    description
    plannedMinutes
    linkedIssueIds
    resolutionIssueIds
    vote {
      method
      for
      against
      abstain
      present
      membersPresent
      quorumRequired
      outcome
      decidedAt
    }
  }
  attendance {
    memberId
    personId
    name
  }
}`) as unknown as TypedDocumentString<RecordAttendanceMutation, RecordAttendanceMutationVariables>;
export const RecordShowOfHandsDocument = new TypedDocumentString(`
    mutation RecordShowOfHands($input: ShowOfHandsInput!) {
  recordShowOfHands(input: $input) {
    ...MeetingDetail
  }
}
    fragment MeetingDetail on Meeting {
  id
  title
  state
  version
  startsAt
  place
  placeId
  public
  registrationCount
  presentCount
  membersPresent
  report
  cancelReason
  demandIssueIds
  createdAt
  updatedAt
  agenda {
    id
    order
    title
    description
    plannedMinutes
    linkedIssueIds
    resolutionIssueIds
    vote {
      method
      for
      against
      abstain
      present
      membersPresent
      quorumRequired
      outcome
      decidedAt
    }
  }
  attendance {
    memberId
    personId
    name
  }
}`) as unknown as TypedDocumentString<RecordShowOfHandsMutation, RecordShowOfHandsMutationVariables>;
export const CastBallotDocument = new TypedDocumentString(`
    mutation CastBallot($input: CastBallotInput!) {
  castBallot(input: $input) {
    meetingId
    itemId
    choice
    castAt
  }
}
    `) as unknown as TypedDocumentString<CastBallotMutation, CastBallotMutationVariables>;
export const CountBallotsDocument = new TypedDocumentString(`
    mutation CountBallots($input: CountBallotsInput!) {
  countBallots(input: $input) {
    ...MeetingDetail
  }
}
    fragment MeetingDetail on Meeting {
  id
  title
  state
  version
  startsAt
  place
  placeId
  public
  registrationCount
  presentCount
  membersPresent
  report
  cancelReason
  demandIssueIds
  createdAt
  updatedAt
  agenda {
    id
    order
    title
    description
    plannedMinutes
    linkedIssueIds
    resolutionIssueIds
    vote {
      method
      for
      against
      abstain
      present
      membersPresent
      quorumRequired
      outcome
      decidedAt
    }
  }
  attendance {
    memberId
    personId
    name
  }
}`) as unknown as TypedDocumentString<CountBallotsMutation, CountBallotsMutationVariables>;
export const CreateResolutionIssuesDocument = new TypedDocumentString(`
    mutation CreateResolutionIssues($input: CreateResolutionIssuesInput!) {
  createResolutionIssues(input: $input) {
    meeting {
      ...MeetingDetail
    }
    issues {
      ...IssueSummary
    }
  }
}
    fragment MeetingDetail on Meeting {
  id
  title
  state
  version
  startsAt
  place
  placeId
  public
  registrationCount
  presentCount
  membersPresent
  report
  cancelReason
  demandIssueIds
  createdAt
  updatedAt
  agenda {
    id
    order
    title
    description
    plannedMinutes
    linkedIssueIds
    resolutionIssueIds
    vote {
      method
      for
      against
      abstain
      present
      membersPresent
      quorumRequired
      outcome
      decidedAt
    }
  }
  attendance {
    memberId
    personId
    name
  }
}
fragment IssueSummary on Issue {
  id
  title
  state
  priority
  categoryCode
  handlingLevel
  dueAt
  overdue
  version
  createdAt
  updatedAt
  grid {
    id
    name
  }
  handlingUnit {
    id
    name
  }
}`) as unknown as TypedDocumentString<CreateResolutionIssuesMutation, CreateResolutionIssuesMutationVariables>;
export const RaiseDemandsDocument = new TypedDocumentString(`
    mutation RaiseDemands($input: RaiseDemandsInput!) {
  raiseDemands(input: $input) {
    meeting {
      ...MeetingDetail
    }
    issues {
      ...IssueSummary
    }
  }
}
    fragment MeetingDetail on Meeting {
  id
  title
  state
  version
  startsAt
  place
  placeId
  public
  registrationCount
  presentCount
  membersPresent
  report
  cancelReason
  demandIssueIds
  createdAt
  updatedAt
  agenda {
    id
    order
    title
    description
    plannedMinutes
    linkedIssueIds
    resolutionIssueIds
    vote {
      method
      for
      against
      abstain
      present
      membersPresent
      quorumRequired
      outcome
      decidedAt
    }
  }
  attendance {
    memberId
    personId
    name
  }
}
fragment IssueSummary on Issue {
  id
  title
  state
  priority
  categoryCode
  handlingLevel
  dueAt
  overdue
  version
  createdAt
  updatedAt
  grid {
    id
    name
  }
  handlingUnit {
    id
    name
  }
}`) as unknown as TypedDocumentString<RaiseDemandsMutation, RaiseDemandsMutationVariables>;
export const IssueDocument = new TypedDocumentString(`
    query Issue($id: ID!) {
  issue(id: $id) {
    ...IssueDetail
  }
}
    fragment IssueSummary on Issue {
  id
  title
  state
  priority
  categoryCode
  handlingLevel
  dueAt
  overdue
  version
  createdAt
  updatedAt
  grid {
    id
    name
  }
  handlingUnit {
    id
    name
  }
}
fragment IssueDetail on Issue {
  ...IssueSummary
  description
  channel
  mediaUrls
  supervisionCount
  reworkCount
  returnCount
  satisfaction
  mergedIntoId
  duplicateIds
  rejectReason
  closedAt
  location {
    gridId
    buildingId
    latitude
    longitude
    address
  }
  attributes {
    code
    values
  }
  reporter {
    kind
    anonymous
    personId
    name
  }
  assignedUnit {
    id
    name
  }
  assignee {
    id
    name
  }
  resolution {
    outcome
    note
  }
  timeline {
    version
    kind
    at
    actorId
    actorRole
    fromState
    toState
    note
    automatic
  }
}`) as unknown as TypedDocumentString<IssueQuery, IssueQueryVariables>;
export const IssuesDocument = new TypedDocumentString(`
    query Issues($filter: IssueFilter, $first: Int, $after: String) {
  issues(filter: $filter, first: $first, after: $after) {
    edges {
      node {
        ...IssueSummary
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment IssueSummary on Issue {
  id
  title
  state
  priority
  categoryCode
  handlingLevel
  dueAt
  overdue
  version
  createdAt
  updatedAt
  grid {
    id
    name
  }
  handlingUnit {
    id
    name
  }
}`) as unknown as TypedDocumentString<IssuesQuery, IssuesQueryVariables>;
export const CategoriesDocument = new TypedDocumentString(`
    query Categories {
  categories {
    code
    name
    group
    description
    keywords
    defaultPriority
    attributes {
      code
      datatype
      description
      required
      order
      values {
        key
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CategoriesQuery, CategoriesQueryVariables>;
export const ReportIssueDocument = new TypedDocumentString(`
    mutation ReportIssue($input: ReportIssueInput!) {
  reportIssue(input: $input) {
    created
    issue {
      ...IssueDetail
    }
    duplicateSuggestions {
      ...IssueSummary
    }
  }
}
    fragment IssueSummary on Issue {
  id
  title
  state
  priority
  categoryCode
  handlingLevel
  dueAt
  overdue
  version
  createdAt
  updatedAt
  grid {
    id
    name
  }
  handlingUnit {
    id
    name
  }
}
fragment IssueDetail on Issue {
  ...IssueSummary
  description
  channel
  mediaUrls
  supervisionCount
  reworkCount
  returnCount
  satisfaction
  mergedIntoId
  duplicateIds
  rejectReason
  closedAt
  location {
    gridId
    buildingId
    latitude
    longitude
    address
  }
  attributes {
    code
    values
  }
  reporter {
    kind
    anonymous
    personId
    name
  }
  assignedUnit {
    id
    name
  }
  assignee {
    id
    name
  }
  resolution {
    outcome
    note
  }
  timeline {
    version
    kind
    at
    actorId
    actorRole
    fromState
    toState
    note
    automatic
  }
}`) as unknown as TypedDocumentString<ReportIssueMutation, ReportIssueMutationVariables>;
export const AcceptIssueDocument = new TypedDocumentString(`
    mutation AcceptIssue($input: AcceptIssueInput!) {
  acceptIssue(input: $input) {
    ...IssueDetail
  }
}
    fragment IssueSummary on Issue {
  id
  title
  state
  priority
  categoryCode
  handlingLevel
  dueAt
  overdue
  version
  createdAt
  updatedAt
  grid {
    id
    name
  }
  handlingUnit {
    id
    name
  }
}
fragment IssueDetail on Issue {
  ...IssueSummary
  description
  channel
  mediaUrls
  supervisionCount
  reworkCount
  returnCount
  satisfaction
  mergedIntoId
  duplicateIds
  rejectReason
  closedAt
  location {
    gridId
    buildingId
    latitude
    longitude
    address
  }
  attributes {
    code
    values
  }
  reporter {
    kind
    anonymous
    personId
    name
  }
  assignedUnit {
    id
    name
  }
  assignee {
    id
    name
  }
  resolution {
    outcome
    note
  }
  timeline {
    version
    kind
    at
    actorId
    actorRole
    fromState
    toState
    note
    automatic
  }
}`) as unknown as TypedDocumentString<AcceptIssueMutation, AcceptIssueMutationVariables>;
export const RejectIssueDocument = new TypedDocumentString(`
    mutation RejectIssue($input: RejectIssueInput!) {
  rejectIssue(input: $input) {
    ...IssueDetail
  }
}
    fragment IssueSummary on Issue {
  id
  title
  state
  priority
  categoryCode
  handlingLevel
  dueAt
  overdue
  version
  createdAt
  updatedAt
  grid {
    id
    name
  }
  handlingUnit {
    id
    name
  }
}
fragment IssueDetail on Issue {
  ...IssueSummary
  description
  channel
  mediaUrls
  supervisionCount
  reworkCount
  returnCount
  satisfaction
  mergedIntoId
  duplicateIds
  rejectReason
  closedAt
  location {
    gridId
    buildingId
    latitude
    longitude
    address
  }
  attributes {
    code
    values
  }
  reporter {
    kind
    anonymous
    personId
    name
  }
  assignedUnit {
    id
    name
  }
  assignee {
    id
    name
  }
  resolution {
    outcome
    note
  }
  timeline {
    version
    kind
    at
    actorId
    actorRole
    fromState
    toState
    note
    automatic
  }
}`) as unknown as TypedDocumentString<RejectIssueMutation, RejectIssueMutationVariables>;
export const MergeIssueDocument = new TypedDocumentString(`
    mutation MergeIssue($input: MergeIssueInput!) {
  mergeIssue(input: $input) {
    ...IssueDetail
  }
}
    fragment IssueSummary on Issue {
  id
  title
  state
  priority
  categoryCode
  handlingLevel
  dueAt
  overdue
  version
  createdAt
  updatedAt
  grid {
    id
    name
  }
  handlingUnit {
    id
    name
  }
}
fragment IssueDetail on Issue {
  ...IssueSummary
  description
  channel
  mediaUrls
  supervisionCount
  reworkCount
  returnCount
  satisfaction
  mergedIntoId
  duplicateIds
  rejectReason
  closedAt
  location {
    gridId
    buildingId
    latitude
    longitude
    address
  }
  attributes {
    code
    values
  }
  reporter {
    kind
    anonymous
    personId
    name
  }
  assignedUnit {
    id
    name
  }
  assignee {
    id
    name
  }
  resolution {
    outcome
    note
  }
  timeline {
    version
    kind
    at
    actorId
    actorRole
    fromState
    toState
    note
    automatic
  }
}`) as unknown as TypedDocumentString<MergeIssueMutation, MergeIssueMutationVariables>;
export const AssignIssueDocument = new TypedDocumentString(`
    mutation AssignIssue($input: AssignIssueInput!) {
  assignIssue(input: $input) {
    ...IssueDetail
  }
}
    fragment IssueSummary on Issue {
  id
  title
  state
  priority
  categoryCode
  handlingLevel
  dueAt
  overdue
  version
  createdAt
  updatedAt
  grid {
    id
    name
  }
  handlingUnit {
    id
    name
  }
}
fragment IssueDetail on Issue {
  ...IssueSummary
  description
  channel
  mediaUrls
  supervisionCount
  reworkCount
  returnCount
  satisfaction
  mergedIntoId
  duplicateIds
  rejectReason
  closedAt
  location {
    gridId
    buildingId
    latitude
    longitude
    address
  }
  attributes {
    code
    values
  }
  reporter {
    kind
    anonymous
    personId
    name
  }
  assignedUnit {
    id
    name
  }
  assignee {
    id
    name
  }
  resolution {
    outcome
    note
  }
  timeline {
    version
    kind
    at
    actorId
    actorRole
    fromState
    toState
    note
    automatic
  }
}`) as unknown as TypedDocumentString<AssignIssueMutation, AssignIssueMutationVariables>;
export const EscalateIssueDocument = new TypedDocumentString(`
    mutation EscalateIssue($input: ReasonInput!) {
  escalateIssue(input: $input) {
    ...IssueDetail
  }
}
    fragment IssueSummary on Issue {
  id
  title
  state
  priority
  categoryCode
  handlingLevel
  dueAt
  overdue
  version
  createdAt
  updatedAt
  grid {
    id
    name
  }
  handlingUnit {
    id
    name
  }
}
fragment IssueDetail on Issue {
  ...IssueSummary
  description
  channel
  mediaUrls
  supervisionCount
  reworkCount
  returnCount
  satisfaction
  mergedIntoId
  duplicateIds
  rejectReason
  closedAt
  location {
    gridId
    buildingId
    latitude
    longitude
    address
  }
  attributes {
    code
    values
  }
  reporter {
    kind
    anonymous
    personId
    name
  }
  assignedUnit {
    id
    name
  }
  assignee {
    id
    name
  }
  resolution {
    outcome
    note
  }
  timeline {
    version
    kind
    at
    actorId
    actorRole
    fromState
    toState
    note
    automatic
  }
}`) as unknown as TypedDocumentString<EscalateIssueMutation, EscalateIssueMutationVariables>;
export const ReturnIssueDocument = new TypedDocumentString(`
    mutation ReturnIssue($input: ReasonInput!) {
  returnIssue(input: $input) {
    ...IssueDetail
  }
}
    fragment IssueSummary on Issue {
  id
  title
  state
  priority
  categoryCode
  handlingLevel
  dueAt
  overdue
  version
  createdAt
  updatedAt
  grid {
    id
    name
  }
  handlingUnit {
    id
    name
  }
}
fragment IssueDetail on Issue {
  ...IssueSummary
  description
  channel
  mediaUrls
  supervisionCount
  reworkCount
  returnCount
  satisfaction
  mergedIntoId
  duplicateIds
  rejectReason
  closedAt
  location {
    gridId
    buildingId
    latitude
    longitude
    address
  }
  attributes {
    code
    values
  }
  reporter {
    kind
    anonymous
    personId
    name
  }
  assignedUnit {
    id
    name
  }
  assignee {
    id
    name
  }
  resolution {
    outcome
    note
  }
  timeline {
    version
    kind
    at
    actorId
    actorRole
    fromState
    toState
    note
    automatic
  }
}`) as unknown as TypedDocumentString<ReturnIssueMutation, ReturnIssueMutationVariables>;
export const StartIssueDocument = new TypedDocumentString(`
    mutation StartIssue($input: IssueNoteInput!) {
  startIssue(input: $input) {
    ...IssueDetail
  }
}
    fragment IssueSummary on Issue {
  id
  title
  state
  priority
  categoryCode
  handlingLevel
  dueAt
  overdue
  version
  createdAt
  updatedAt
  grid {
    id
    name
  }
  handlingUnit {
    id
    name
  }
}
fragment IssueDetail on Issue {
  ...IssueSummary
  description
  channel
  mediaUrls
  supervisionCount
  reworkCount
  returnCount
  satisfaction
  mergedIntoId
  duplicateIds
  rejectReason
  closedAt
  location {
    gridId
    buildingId
    latitude
    longitude
    address
  }
  attributes {
    code
    values
  }
  reporter {
    kind
    anonymous
    personId
    name
  }
  assignedUnit {
    id
    name
  }
  assignee {
    id
    name
  }
  resolution {
    outcome
    note
  }
  timeline {
    version
    kind
    at
    actorId
    actorRole
    fromState
    toState
    note
    automatic
  }
}`) as unknown as TypedDocumentString<StartIssueMutation, StartIssueMutationVariables>;
export const ResolveIssueDocument = new TypedDocumentString(`
    mutation ResolveIssue($input: ResolveIssueInput!) {
  resolveIssue(input: $input) {
    ...IssueDetail
  }
}
    fragment IssueSummary on Issue {
  id
  title
  state
  priority
  categoryCode
  handlingLevel
  dueAt
  overdue
  version
  createdAt
  updatedAt
  grid {
    id
    name
  }
  handlingUnit {
    id
    name
  }
}
fragment IssueDetail on Issue {
  ...IssueSummary
  description
  channel
  mediaUrls
  supervisionCount
  reworkCount
  returnCount
  satisfaction
  mergedIntoId
  duplicateIds
  rejectReason
  closedAt
  location {
    gridId
    buildingId
    latitude
    longitude
    address
  }
  attributes {
    code
    values
  }
  reporter {
    kind
    anonymous
    personId
    name
  }
  assignedUnit {
    id
    name
  }
  assignee {
    id
    name
  }
  resolution {
    outcome
    note
  }
  timeline {
    version
    kind
    at
    actorId
    actorRole
    fromState
    toState
    note
    automatic
  }
}`) as unknown as TypedDocumentString<ResolveIssueMutation, ResolveIssueMutationVariables>;
export const CloseIssueDocument = new TypedDocumentString(`
    mutation CloseIssue($input: CloseIssueInput!) {
  closeIssue(input: $input) {
    ...IssueDetail
  }
}
    fragment IssueSummary on Issue {
  id
  title
  state
  priority
  categoryCode
  handlingLevel
  dueAt
  overdue
  version
  createdAt
  updatedAt
  grid {
    id
    name
  }
  handlingUnit {
    id
    name
  }
}
fragment IssueDetail on Issue {
  ...IssueSummary
  description
  channel
  mediaUrls
  supervisionCount
  reworkCount
  returnCount
  satisfaction
  mergedIntoId
  duplicateIds
  rejectReason
  closedAt
  location {
    gridId
    buildingId
    latitude
    longitude
    address
  }
  attributes {
    code
    values
  }
  reporter {
    kind
    anonymous
    personId
    name
  }
  assignedUnit {
    id
    name
  }
  assignee {
    id
    name
  }
  resolution {
    outcome
    note
  }
  timeline {
    version
    kind
    at
    actorId
    actorRole
    fromState
    toState
    note
    automatic
  }
}`) as unknown as TypedDocumentString<CloseIssueMutation, CloseIssueMutationVariables>;
export const ReopenIssueDocument = new TypedDocumentString(`
    mutation ReopenIssue($input: ReasonInput!) {
  reopenIssue(input: $input) {
    ...IssueDetail
  }
}
    fragment IssueSummary on Issue {
  id
  title
  state
  priority
  categoryCode
  handlingLevel
  dueAt
  overdue
  version
  createdAt
  updatedAt
  grid {
    id
    name
  }
  handlingUnit {
    id
    name
  }
}
fragment IssueDetail on Issue {
  ...IssueSummary
  description
  channel
  mediaUrls
  supervisionCount
  reworkCount
  returnCount
  satisfaction
  mergedIntoId
  duplicateIds
  rejectReason
  closedAt
  location {
    gridId
    buildingId
    latitude
    longitude
    address
  }
  attributes {
    code
    values
  }
  reporter {
    kind
    anonymous
    personId
    name
  }
  assignedUnit {
    id
    name
  }
  assignee {
    id
    name
  }
  resolution {
    outcome
    note
  }
  timeline {
    version
    kind
    at
    actorId
    actorRole
    fromState
    toState
    note
    automatic
  }
}`) as unknown as TypedDocumentString<ReopenIssueMutation, ReopenIssueMutationVariables>;
export const SuperviseIssueDocument = new TypedDocumentString(`
    mutation SuperviseIssue($input: SuperviseIssueInput!) {
  superviseIssue(input: $input) {
    ...IssueDetail
  }
}
    fragment IssueSummary on Issue {
  id
  title
  state
  priority
  categoryCode
  handlingLevel
  dueAt
  overdue
  version
  createdAt
  updatedAt
  grid {
    id
    name
  }
  handlingUnit {
    id
    name
  }
}
fragment IssueDetail on Issue {
  ...IssueSummary
  description
  channel
  mediaUrls
  supervisionCount
  reworkCount
  returnCount
  satisfaction
  mergedIntoId
  duplicateIds
  rejectReason
  closedAt
  location {
    gridId
    buildingId
    latitude
    longitude
    address
  }
  attributes {
    code
    values
  }
  reporter {
    kind
    anonymous
    personId
    name
  }
  assignedUnit {
    id
    name
  }
  assignee {
    id
    name
  }
  resolution {
    outcome
    note
  }
  timeline {
    version
    kind
    at
    actorId
    actorRole
    fromState
    toState
    note
    automatic
  }
}`) as unknown as TypedDocumentString<SuperviseIssueMutation, SuperviseIssueMutationVariables>;
export const CommentIssueDocument = new TypedDocumentString(`
    mutation CommentIssue($input: CommentIssueInput!) {
  commentIssue(input: $input) {
    ...IssueDetail
  }
}
    fragment IssueSummary on Issue {
  id
  title
  state
  priority
  categoryCode
  handlingLevel
  dueAt
  overdue
  version
  createdAt
  updatedAt
  grid {
    id
    name
  }
  handlingUnit {
    id
    name
  }
}
fragment IssueDetail on Issue {
  ...IssueSummary
  description
  channel
  mediaUrls
  supervisionCount
  reworkCount
  returnCount
  satisfaction
  mergedIntoId
  duplicateIds
  rejectReason
  closedAt
  location {
    gridId
    buildingId
    latitude
    longitude
    address
  }
  attributes {
    code
    values
  }
  reporter {
    kind
    anonymous
    personId
    name
  }
  assignedUnit {
    id
    name
  }
  assignee {
    id
    name
  }
  resolution {
    outcome
    note
  }
  timeline {
    version
    kind
    at
    actorId
    actorRole
    fromState
    toState
    note
    automatic
  }
}`) as unknown as TypedDocumentString<CommentIssueMutation, CommentIssueMutationVariables>;
export const MyNotificationsDocument = new TypedDocumentString(`
    query MyNotifications($first: Int, $after: String) {
  myNotifications(first: $first, after: $after) {
    edges {
      node {
        id
        kind
        subject {
          type
          id
        }
        message
        createdAt
        read
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
  markNotificationsRead(input: $input) {
    markedCount
  }
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const HealthDocument = new TypedDocumentString(`
    query Health {
  health {
    ok
    version
    time
  }
}
    `) as unknown as TypedDocumentString<HealthQuery, HealthQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    role
    scope {
      ...OrgUnitSummary
    }
  }
}
    fragment OrgUnitSummary on OrgUnit {
  id
  kind
  code
  name
  path
  parentId
  version
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const OrgUnitDocument = new TypedDocumentString(`
    query OrgUnit($id: ID!, $first: Int, $after: String) {
  orgUnit(id: $id) {
    ...OrgUnitSummary
    ancestors {
      id
      name
      kind
    }
    partyBranch {
      name
      secretary
      memberCount
    }
    gridWorkers {
      id
      name
      phone
    }
    children(first: $first, after: $after) {
      edges {
        node {
          ...OrgUnitSummary
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment OrgUnitSummary on OrgUnit {
  id
  kind
  code
  name
  path
  parentId
  version
}`) as unknown as TypedDocumentString<OrgUnitQuery, OrgUnitQueryVariables>;
export const OrgUnitsDocument = new TypedDocumentString(`
    query OrgUnits($kind: OrgUnitKind!, $under: ID, $first: Int, $after: String) {
  orgUnits(kind: $kind, under: $under, first: $first, after: $after) {
    edges {
      node {
        ...OrgUnitSummary
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment OrgUnitSummary on OrgUnit {
  id
  kind
  code
  name
  path
  parentId
  version
}`) as unknown as TypedDocumentString<OrgUnitsQuery, OrgUnitsQueryVariables>;
export const SearchOrgUnitsDocument = new TypedDocumentString(`
    query SearchOrgUnits($name: String!, $under: ID, $first: Int, $after: String) {
  searchOrgUnits(name: $name, under: $under, first: $first, after: $after) {
    edges {
      node {
        ...OrgUnitSummary
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment OrgUnitSummary on OrgUnit {
  id
  kind
  code
  name
  path
  parentId
  version
}`) as unknown as TypedDocumentString<SearchOrgUnitsQuery, SearchOrgUnitsQueryVariables>;
export const PlacesNearDocument = new TypedDocumentString(`
    query PlacesNear($latitude: Float!, $longitude: Float!, $radiusMetres: Float, $walkingMinutes: Int, $kind: PlaceKind, $first: Int, $after: String) {
  placesNear(
    latitude: $latitude
    longitude: $longitude
    radiusMetres: $radiusMetres
    walkingMinutes: $walkingMinutes
    kind: $kind
    first: $first
    after: $after
  ) {
    edges {
      node {
        distanceMetres
        walkingMinutes
        place {
          ...PlaceSummary
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment PlaceSummary on Place {
  id
  name
  kind
  address
  latitude
  longitude
  phone
  services
  unitId
  unitName
  version
  openingHours {
    weekday
    opens
    closes
  }
}`) as unknown as TypedDocumentString<PlacesNearQuery, PlacesNearQueryVariables>;
export const PlacesDocument = new TypedDocumentString(`
    query Places($unitId: ID, $first: Int, $after: String) {
  places(unitId: $unitId, first: $first, after: $after) {
    edges {
      node {
        ...PlaceSummary
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment PlaceSummary on Place {
  id
  name
  kind
  address
  latitude
  longitude
  phone
  services
  unitId
  unitName
  version
  openingHours {
    weekday
    opens
    closes
  }
}`) as unknown as TypedDocumentString<PlacesQuery, PlacesQueryVariables>;
export const PlaceDocument = new TypedDocumentString(`
    query Place($id: ID!) {
  place(id: $id) {
    ...PlaceSummary
    createdAt
    updatedAt
    timetable {
      ...TimetableDetail
    }
  }
}
    fragment PlaceSummary on Place {
  id
  name
  kind
  address
  latitude
  longitude
  phone
  services
  unitId
  unitName
  version
  openingHours {
    weekday
    opens
    closes
  }
}
fragment TimetableDetail on Timetable {
  placeId
  version
  updatedAt
  slots {
    weekday
    start
    end
    department
    service
    note
  }
}`) as unknown as TypedDocumentString<PlaceQuery, PlaceQueryVariables>;
export const PlaceCountsDocument = new TypedDocumentString(`
    query PlaceCounts($unitId: ID) {
  placeCounts(unitId: $unitId) {
    unitId
    total
    byKind {
      kind
      count
    }
  }
}
    `) as unknown as TypedDocumentString<PlaceCountsQuery, PlaceCountsQueryVariables>;
export const TimetableNearDocument = new TypedDocumentString(`
    query TimetableNear($latitude: Float!, $longitude: Float!, $radiusMetres: Float, $walkingMinutes: Int, $kind: PlaceKind, $weekday: Weekday) {
  timetableNear(
    latitude: $latitude
    longitude: $longitude
    radiusMetres: $radiusMetres
    walkingMinutes: $walkingMinutes
    kind: $kind
    weekday: $weekday
  ) {
    weekStarts
    placesConsidered
    days {
      weekday
      date
      sessions {
        distanceMetres
        walkingMinutes
        slot {
          weekday
          start
          end
          department
          service
          note
        }
        place {
          id
          name
          kind
          address
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TimetableNearQuery, TimetableNearQueryVariables>;
export const CreatePlaceDocument = new TypedDocumentString(`
    mutation CreatePlace($input: CreatePlaceInput!) {
  createPlace(input: $input) {
    ...PlaceSummary
  }
}
    fragment PlaceSummary on Place {
  id
  name
  kind
  address
  latitude
  longitude
  phone
  services
  unitId
  unitName
  version
  openingHours {
    weekday
    opens
    closes
  }
}`) as unknown as TypedDocumentString<CreatePlaceMutation, CreatePlaceMutationVariables>;
export const UpdatePlaceDocument = new TypedDocumentString(`
    mutation UpdatePlace($input: UpdatePlaceInput!) {
  updatePlace(input: $input) {
    ...PlaceSummary
  }
}
    fragment PlaceSummary on Place {
  id
  name
  kind
  address
  latitude
  longitude
  phone
  services
  unitId
  unitName
  version
  openingHours {
    weekday
    opens
    closes
  }
}`) as unknown as TypedDocumentString<UpdatePlaceMutation, UpdatePlaceMutationVariables>;
export const SetPlaceTimetableDocument = new TypedDocumentString(`
    mutation SetPlaceTimetable($input: SetPlaceTimetableInput!) {
  setPlaceTimetable(input: $input) {
    id
    name
    timetable {
      ...TimetableDetail
    }
  }
}
    fragment TimetableDetail on Timetable {
  placeId
  version
  updatedAt
  slots {
    weekday
    start
    end
    department
    service
    note
  }
}`) as unknown as TypedDocumentString<SetPlaceTimetableMutation, SetPlaceTimetableMutationVariables>;
export const MediationCasesDocument = new TypedDocumentString(`
    query MediationCases($unitId: ID, $mine: Boolean, $state: MediationState, $first: Int, $after: String) {
  mediationCases(
    unitId: $unitId
    mine: $mine
    state: $state
    first: $first
    after: $after
  ) {
    edges {
      node {
        id
        title
        category
        state
        outcome
        unitName
        openedAt
        updatedAt
        overdueObligationCount
        version
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<MediationCasesQuery, MediationCasesQueryVariables>;
export const MediationCaseDocument = new TypedDocumentString(`
    query MediationCase($id: ID!) {
  mediationCase(id: $id) {
    ...MediationCaseDetail
  }
}
    fragment MediationCaseDetail on MediationCase {
  id
  title
  summary
  category
  state
  outcome
  version
  unitId
  unitName
  councilId
  placeId
  openedAt
  updatedAt
  closedAt
  closingNote
  agreementText
  overdueObligationCount
  parties {
    id
    kind
    side
    name
    phone
    personId
  }
  mediators {
    personId
    name
  }
  sessions {
    id
    kind
    at
    placeId
    placeName
    court
    note
  }
  obligations {
    id
    partyId
    description
    amountYuan
    dueAt
    fulfilledAt
    overdue
    note
  }
}`) as unknown as TypedDocumentString<MediationCaseQuery, MediationCaseQueryVariables>;
export const MediationCountsDocument = new TypedDocumentString(`
    query MediationCounts($unitId: ID) {
  mediationCounts(unitId: $unitId) {
    unitId
    total
    overdueObligations
    byState {
      state
      count
    }
  }
}
    `) as unknown as TypedDocumentString<MediationCountsQuery, MediationCountsQueryVariables>;
export const OverdueObligationsDocument = new TypedDocumentString(`
    query OverdueObligations($unitId: ID, $first: Int, $after: String) {
  overdueObligations(unitId: $unitId, first: $first, after: $after) {
    edges {
      node {
        obligation {
          id
          partyId
          description
          amountYuan
          dueAt
          overdue
        }
        case {
          id
          title
          state
          unitName
          version
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<OverdueObligationsQuery, OverdueObligationsQueryVariables>;
export const OpenMediationCaseDocument = new TypedDocumentString(`
    mutation OpenMediationCase($input: OpenMediationCaseInput!) {
  openMediationCase(input: $input) {
    ...MediationCaseDetail
  }
}
    fragment MediationCaseDetail on MediationCase {
  id
  title
  summary
  category
  state
  outcome
  version
  unitId
  unitName
  councilId
  placeId
  openedAt
  updatedAt
  closedAt
  closingNote
  agreementText
  overdueObligationCount
  parties {
    id
    kind
    side
    name
    phone
    personId
  }
  mediators {
    personId
    name
  }
  sessions {
    id
    kind
    at
    placeId
    placeName
    court
    note
  }
  obligations {
    id
    partyId
    description
    amountYuan
    dueAt
    fulfilledAt
    overdue
    note
  }
}`) as unknown as TypedDocumentString<OpenMediationCaseMutation, OpenMediationCaseMutationVariables>;
export const RecordMediationSessionDocument = new TypedDocumentString(`
    mutation RecordMediationSession($input: RecordMediationSessionInput!) {
  recordMediationSession(input: $input) {
    ...MediationCaseDetail
  }
}
    fragment MediationCaseDetail on MediationCase {
  id
  title
  summary
  category
  state
  outcome
  version
  unitId
  unitName
  councilId
  placeId
  openedAt
  updatedAt
  closedAt
  closingNote
  agreementText
  overdueObligationCount
  parties {
    id
    kind
    side
    name
    phone
    personId
  }
  mediators {
    personId
    name
  }
  sessions {
    id
    kind
    at
    placeId
    placeName
    court
    note
  }
  obligations {
    id
    partyId
    description
    amountYuan
    dueAt
    fulfilledAt
    overdue
    note
  }
}`) as unknown as TypedDocumentString<RecordMediationSessionMutation, RecordMediationSessionMutationVariables>;
export const ConcludeMediationDocument = new TypedDocumentString(`
    mutation ConcludeMediation($input: ConcludeMediationInput!) {
  concludeMediation(input: $input) {
    ...MediationCaseDetail
  }
}
    fragment MediationCaseDetail on MediationCase {
  id
  title
  summary
  category
  state
  outcome
  version
  unitId
  unitName
  councilId
  placeId
  openedAt
  updatedAt
  closedAt
  closingNote
  agreementText
  overdueObligationCount
  parties {
    id
    kind
    side
    name
    phone
    personId
  }
  mediators {
    personId
    name
  }
  sessions {
    id
    kind
    at
    placeId
    placeName
    court
    note
  }
  obligations {
    id
    partyId
    description
    amountYuan
    dueAt
    fulfilledAt
    overdue
    note
  }
}`) as unknown as TypedDocumentString<ConcludeMediationMutation, ConcludeMediationMutationVariables>;
export const FulfilObligationDocument = new TypedDocumentString(`
    mutation FulfilObligation($input: FulfilObligationInput!) {
  fulfilObligation(input: $input) {
    ...MediationCaseDetail
  }
}
    fragment MediationCaseDetail on MediationCase {
  id
  title
  summary
  category
  state
  outcome
  version
  unitId
  unitName
  councilId
  placeId
  openedAt
  updatedAt
  closedAt
  closingNote
  agreementText
  overdueObligationCount
  parties {
    id
    kind
    side
    name
    phone
    personId
  }
  mediators {
    personId
    name
  }
  sessions {
    id
    kind
    at
    placeId
    placeName
    court
    note
  }
  obligations {
    id
    partyId
    description
    amountYuan
    dueAt
    fulfilledAt
    overdue
    note
  }
}`) as unknown as TypedDocumentString<FulfilObligationMutation, FulfilObligationMutationVariables>;
export const CloseMediationCaseDocument = new TypedDocumentString(`
    mutation CloseMediationCase($input: CloseMediationCaseInput!) {
  closeMediationCase(input: $input) {
    ...MediationCaseDetail
  }
}
    fragment MediationCaseDetail on MediationCase {
  id
  title
  summary
  category
  state
  outcome
  version
  unitId
  unitName
  councilId
  placeId
  openedAt
  updatedAt
  closedAt
  closingNote
  agreementText
  overdueObligationCount
  parties {
    id
    kind
    side
    name
    phone
    personId
  }
  mediators {
    personId
    name
  }
  sessions {
    id
    kind
    at
    placeId
    placeName
    court
    note
  }
  obligations {
    id
    partyId
    description
    amountYuan
    dueAt
    fulfilledAt
    overdue
    note
  }
}`) as unknown as TypedDocumentString<CloseMediationCaseMutation, CloseMediationCaseMutationVariables>;