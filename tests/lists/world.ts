// The data the list-filter suite reads: the small demo (councils, places, one notice), demo
// issues walked through the loop, and — made through the API as the demo's people — what the
// small demo lacks, so that every filter of every list has both hits and misses: meetings of
// councils at three levels (past, soon and later), a council's notebook with open, closed and
// dropped tasks, residents' and grid workers' own reports, mediation cases in several states
// and units with overdue obligations, notices on three boards, a timetable on a place that is
// not a teahouse, and volunteers in two communities, some of them on a squad's roster.
import { Role } from "../../api/auth/actor";
import { XIANGXIELI_COUNCIL_ID } from "../../api/councils";
import { demoPlaceId } from "../../api/places/place.seed";
import { demoTeamId } from "../../api/volunteers/volunteer.seed";
import { residentIdNumber } from "../helpers/volunteers";
import { ok, type Harness } from "../helpers/harness";

export const DAY = 86_400_000;
/** The instant the world is built around (meetings are scheduled relative to it). */
export const NOW = Date.now();
export const at = (days: number) => new Date(NOW + days * DAY).toISOString();

/** 凤凰山社区和顺茶馆: the point the near-me lists are asked about. */
export const POINT = { latitude: 29.5821, longitude: 106.4553 };

export interface World {
  h: Harness;
  tokens: {
    district: string;
    ciqikou: string;
    fenghuangshan: string;
    xiangxieli: string;
    resident: string;
  };
  units: Record<"district" | "ciqikou" | "fenghuangshan" | "fenghuangshanGrid" | "xiangxieli" | "yongning", { id: string; path: string }>;
  /** 凤凰山社区's council made here: its meetings and its notebook. */
  council: { id: string; meetings: string[] };
  /** Every meeting scheduled here, with the path of its council's unit. */
  meetingUnits: Map<string, string>;
  /** The issues the resident u-resident reported here (the demo walk reports one more). */
  residentReports: string[];
  /** 凤凰山社区's squad (the demo's), with three volunteers on its roster: two of 凤凰山社区, one of 香榭里社区. */
  squad: string;
}

let keys = 0;
const key = (label: string) => `lists-${label}-${NOW.toString(36)}-${(keys += 1)}`;

const CREATE_COUNCIL = "mutation($i: CreateCouncilInput!) { createCouncil(input: $i) { id unit { path } } }";
const SCHEDULE = "mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { id } }";
const OPEN_MEETING = "mutation($i: MeetingCommandInput!) { openMeeting(input: $i) { id state } }";
const DEMANDS = "mutation($i: RaiseDemandsInput!) { raiseDemands(input: $i) { issues { id } } }";
const REPORT = "mutation($i: ReportIssueInput!) { reportIssue(input: $i) { issue { id } } }";
const CASE = "{ id version state }";
const step = (field: string, type: string) => `mutation($i: ${type}!) { ${field}(input: $i) { id state } }`;

export async function buildWorld(h: Harness): Promise<World> {
  const unit = (name: string) => {
    const u = h.unit(name);
    return { id: u.id, path: u.path };
  };
  const units = {
    district: unit("沙坪坝区"),
    ciqikou: unit("磁器口街道"),
    fenghuangshan: unit("凤凰山社区"),
    fenghuangshanGrid: unit("凤凰山社区第1网格"),
    xiangxieli: unit("香榭里社区"),
    yongning: unit("永宁村"),
  };
  const gridOf = (community: string) => h.demo.units.find((u) => u.parentId === h.unit(community).id)!;
  const workerOf = (community: string) => `gw-${gridOf(community).code}`;
  const tokens = {
    district: await h.token(Role.DISTRICT_ADMIN, units.district.id, "u-district-admin"),
    ciqikou: await h.token(Role.STREET_ADMIN, units.ciqikou.id, "u-ciqikou-admin"),
    fenghuangshan: await h.token(Role.COMMUNITY_ADMIN, units.fenghuangshan.id, "u-fenghuangshan-admin"),
    xiangxieli: await h.token(Role.COMMUNITY_ADMIN, units.xiangxieli.id, "u-xiangxieli-admin"),
    resident: await h.token(Role.RESIDENT, units.fenghuangshan.id, "u-resident"),
  };
  const tuzhu = await h.token(Role.STREET_ADMIN, h.unit("土主街道").id, "u-tuzhu-admin");
  const worker = await h.token(Role.GRID_WORKER, units.fenghuangshanGrid.id, "u-grid-worker");
  const gql = (token: string, query: string, i: Record<string, unknown>) => ok(h.gql(token, query, { i }));

  // Demo issues in every state, on a back-dated clock: the overdue ones, the urgent ones, the
  // article's lockout (凤凰山社区, reported by u-resident three days ago).
  await h.seedIssues(40);

  // ---- councils and meetings ----
  const members = [1, 2, 3].map((n) => ({ role: "OWNER_REPRESENTATIVE", name: `代表${n}`, organisation: "业主委员会" }));
  const council = async (token: string, unitId: string, kind: string, name: string) =>
    (await gql(token, CREATE_COUNCIL, { idempotencyKey: key("council"), kind, name, unitId, cadence: "MONTHLY", members, quorumCount: 2 })).createCouncil;
  const fenghuangshanCouncil = await council(tokens.fenghuangshan, units.fenghuangshan.id, "RESIDENT_COUNCIL", "凤凰山社区议事会");
  const districtHall = await council(tokens.district, units.district.id, "HALL", "沙坪坝区红色议事厅");
  const demoCouncils = (await ok(h.gql(tokens.district, "{ councils(first: 100) { edges { node { id name unit { path } } } } }"))).councils.edges.map((e: any) => e.node);
  const tuzhuHall = demoCouncils.find((c: any) => c.name === "土主街道红色议事厅");
  const xiangxieliCouncil = demoCouncils.find((c: any) => c.id === XIANGXIELI_COUNCIL_ID);
  if (!tuzhuHall || !xiangxieliCouncil) throw new Error("the small demo no longer seeds 土主街道红色议事厅 and 香榭里社区议事会");

  const meetingUnits = new Map<string, string>();
  const schedule = async (token: string, c: { id: string; unit: { path: string } }, startsAt: string) => {
    const agenda = [{ title: "议题", plannedMinutes: 30 }];
    const id = (await gql(token, SCHEDULE, { idempotencyKey: key("meeting"), councilId: c.id, title: "议事会", startsAt, place: "活动室", agenda })).scheduleMeeting.id;
    meetingUnits.set(id, c.unit.path);
    return id;
  };
  // 凤凰山社区's council: one meeting a month ago, and three ahead (10, 40 and 200 days).
  const fenghuangshanMeetings: string[] = [];
  for (const days of [-30, 10, 40, 200]) fenghuangshanMeetings.push(await schedule(tokens.fenghuangshan, fenghuangshanCouncil, at(days)));
  await schedule(tokens.district, districtHall, at(5));
  await schedule(tokens.xiangxieli, xiangxieliCouncil, at(20));
  await schedule(tuzhu, tuzhuHall, at(100));

  // The notebook: the past meeting raises three demands in 凤凰山社区's first grid; one is
  // closed (crossed off), one rejected (dropped), one stays open.
  const past = fenghuangshanMeetings[0];
  await gql(tokens.fenghuangshan, OPEN_MEETING, { meetingId: past });
  const demand = (title: string) => ({ title, description: `${title}（居民诉求）`, categoryCode: "FACILITY_DRAIN", gridId: units.fenghuangshanGrid.id });
  const filed = (
    await gql(tokens.fenghuangshan, DEMANDS, { meetingId: past, idempotencyKey: key("demands"), demands: [demand("下水道疏通"), demand("井盖更换"), demand("重复诉求")] })
  ).raiseDemands.issues;
  const [toClose, , toReject] = filed.map((i: any) => i.id);
  await gql(tokens.fenghuangshan, step("acceptIssue", "AcceptIssueInput"), { id: toClose });
  await gql(tokens.fenghuangshan, step("assignIssue", "AssignIssueInput"), { id: toClose, assigneeId: "u-grid-worker" });
  await gql(worker, step("startIssue", "IssueNoteInput"), { id: toClose });
  await gql(worker, step("resolveIssue", "ResolveIssueInput"), { id: toClose, outcome: "FIXED", result: "已疏通" });
  await gql(tokens.fenghuangshan, step("closeIssue", "CloseIssueInput"), { id: toClose, satisfaction: 5 });
  await gql(tokens.fenghuangshan, step("rejectIssue", "RejectIssueInput"), { id: toReject, reason: "与已受理的诉求重复" });

  // ---- own reports and an assignee's work ----
  const report = async (token: string, title: string, categoryCode: string, channel: string) =>
    (
      await gql(token, REPORT, {
        idempotencyKey: key("report"),
        title,
        description: `${title}，请处理。`,
        categoryCode,
        gridId: units.fenghuangshanGrid.id,
        channel,
      })
    ).reportIssue.issue.id as string;
  const noisy = await report(tokens.resident, "夜间装修噪音", "NEIGHBOUR_NOISE", "MINI_PROGRAM");
  const dispute = await report(tokens.resident, "楼道被占用", "NEIGHBOUR_DISPUTE", "MINI_PROGRAM");
  const litter = await report(worker, "垃圾桶满溢", "SANITATION_WASTE", "GRID_PATROL");
  await gql(tokens.fenghuangshan, step("acceptIssue", "AcceptIssueInput"), { id: noisy, priority: "URGENT" });
  await gql(tokens.fenghuangshan, step("assignIssue", "AssignIssueInput"), { id: noisy, assigneeId: "u-grid-worker" });
  await gql(tokens.fenghuangshan, step("acceptIssue", "AcceptIssueInput"), { id: litter, priority: "LOW" });
  await gql(tokens.fenghuangshan, step("assignIssue", "AssignIssueInput"), { id: litter, assigneeId: "u-grid-worker" });
  await gql(worker, step("startIssue", "IssueNoteInput"), { id: litter });

  // ---- mediation: 香榭里社区 (one agreed with an overdue obligation, mediated by its admin;
  // one open, mediated by its grid worker), 永宁村 (agreed, overdue), 凤凰山社区 (open) ----
  const open = (token: string, unitId: string, mediatorIds: string[], parties: Record<string, unknown>[]) =>
    gql(token, `mutation($i: OpenMediationCaseInput!) { openMediationCase(input: $i) ${CASE} }`, {
      idempotencyKey: key("case"),
      unitId,
      category: "NEIGHBOUR",
      title: "邻里纠纷",
      summary: "双方就公共区域使用发生争执。",
      parties,
      mediatorIds,
    }).then((d) => d.openMediationCase);
  const twoSides = [
    { kind: "PERSON", side: "APPLICANT", name: "王芳" },
    { kind: "ORGANISATION", side: "RESPONDENT", name: "某物业公司" },
  ];
  const agreeOverdue = async (token: string, c: { id: string; version: number }) => {
    const heard = (
      await gql(token, `mutation($i: RecordMediationSessionInput!) { recordMediationSession(input: $i) ${CASE} }`, {
        caseId: c.id,
        expectedVersion: c.version,
        kind: "MEDIATION",
        at: at(-20),
      })
    ).recordMediationSession;
    await gql(token, `mutation($i: ConcludeMediationInput!) { concludeMediation(input: $i) ${CASE} }`, {
      caseId: c.id,
      expectedVersion: heard.version,
      outcome: "AGREEMENT",
      agreementText: "物业公司清理公共区域。",
      obligations: [
        { partyId: "p2", description: "清理公共区域", dueAt: at(-10) },
        { partyId: "p2", description: "设置提示牌", dueAt: at(30) },
      ],
    });
  };
  await agreeOverdue(tokens.xiangxieli, await open(tokens.xiangxieli, units.xiangxieli.id, ["u-xiangxieli-admin"], twoSides));
  await open(tokens.xiangxieli, units.xiangxieli.id, [workerOf("香榭里社区")], twoSides);
  await agreeOverdue(tokens.district, await open(tokens.district, units.yongning.id, [workerOf("永宁村")], twoSides));
  await open(tokens.fenghuangshan, units.fenghuangshan.id, ["u-grid-worker"], [{ kind: "PERSON", side: "APPLICANT", name: "李德文", personId: "u-resident" }, twoSides[1]]);

  // ---- notices on the boards of 凤凰山社区 and 磁器口街道 (the demo posted the district's) ----
  const post = (token: string, title: string) =>
    gql(token, "mutation($i: PostNoticeInput!) { postNotice(input: $i) { id } }", { idempotencyKey: key("notice"), title, body: `${title}。` });
  await post(tokens.ciqikou, "磁器口街道通知");
  await post(tokens.fenghuangshan, "凤凰山社区通知");

  // ---- a week at a place that is not a teahouse: 凤凰山社区党群服务中心 ----
  const slot = (weekday: string, start: string, end: string) => ({ weekday, start, end, department: "社区居委会", service: "便民服务" });
  await gql(tokens.fenghuangshan, "mutation($i: SetPlaceTimetableInput!) { setPlaceTimetable(input: $i) { id } }", {
    placeId: demoPlaceId(16),
    expectedVersion: 0,
    slots: [slot("MONDAY", "14:00", "16:00"), slot("WEDNESDAY", "14:00", "16:00")],
  });

  // ---- volunteers: the small demo registers only 苏雪 (金蓉社区, on its squad). Three of
  // 凤凰山社区 and one of 香榭里社区, registered by their admins; 凤凰山社区's squad gets two of
  // 凤凰山's (added by its admin) and 香榭里's (by the district's admin, whose scope holds both
  // communities: 香榭里社区 is not of 磁器口街道); the third of 凤凰山 serves in no team ----
  const register = async (token: string, n: number) =>
    (
      await gql(token, "mutation($i: RegisterVolunteerInput!) { registerVolunteer(input: $i) { id } }", {
        volunteerNumber: `CQLISTS${n}`,
        name: "志愿者",
        idNumber: residentIdNumber(2000 + n),
      })
    ).registerVolunteer.id as string;
  const [first, second] = [await register(tokens.fenghuangshan, 1), await register(tokens.fenghuangshan, 2)];
  await register(tokens.fenghuangshan, 3);
  const neighbour = await register(tokens.xiangxieli, 4);
  const squad = demoTeamId(units.fenghuangshan.id, "squad");
  const join = (token: string, volunteerId: string) => gql(token, "mutation($i: JoinTeamInput!) { joinTeam(input: $i) { id } }", { teamId: squad, volunteerId });
  await join(tokens.fenghuangshan, first);
  await join(tokens.fenghuangshan, second);
  await join(tokens.district, neighbour);

  return {
    h,
    tokens,
    units,
    council: { id: fenghuangshanCouncil.id, meetings: fenghuangshanMeetings },
    meetingUnits,
    residentReports: [noisy, dispute],
    squad,
  };
}

/** Variables without the keys whose value is undefined (an absent argument, not a null one). */
export function defined(vars: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(vars).filter(([, v]) => v !== undefined));
}

/** Every node of a connection, page by page (100 a page), as `token`. */
export async function readConnection(h: Harness, token: string, query: string, path: string[], vars: Record<string, unknown>): Promise<any[]> {
  const nodes: any[] = [];
  let after: string | undefined;
  for (let page = 0; page < 50; page += 1) {
    const res = await h.gql(token, query, defined({ ...vars, first: 100, after }));
    if (res.errors?.length) throw new Error(`${path.join(".")}(${JSON.stringify(vars)}) failed: ${JSON.stringify(res.errors)}`);
    let connection: any = res.data;
    for (const p of path) connection = connection?.[p];
    if (!connection) throw new Error(`no connection at ${path.join(".")}`);
    nodes.push(...connection.edges.map((e: any) => e.node));
    if (!connection.pageInfo.hasNextPage) return nodes;
    after = connection.pageInfo.endCursor;
  }
  throw new Error(`${path.join(".")} did not end within 50 pages`);
}
