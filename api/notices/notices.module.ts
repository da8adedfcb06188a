// Notice boards (公告栏) as one feature: the smallest feature built through the registry, and
// the worked example of docs/adding-a-feature.md.
import { NOTICE_IDEMPOTENCY } from "./notices.idempotency";
import { defineFeature } from "../feature";
import { NOTICE_POLICY } from "./notice.policy";
import { NoticeResolver } from "./notice.resolver";
import { findVisibleNotice, postNotice } from "./notice.rules";

export const notices = defineFeature({
  name: "notices",
  resolvers: [NoticeResolver],
  policy: NOTICE_POLICY,
  repeats: NOTICE_IDEMPOTENCY,
  nodes: [{ prefix: "nt_", typename: "Notice", load: findVisibleNotice }],
  async seed({ demo, contextAs, log }) {
    const district = demo.units.find((u) => u.parentId === null)!;
    const admin = demo.people.find((p) => p.orgId === district.id && p.role === "DISTRICT_ADMIN");
    if (!admin) return;
    const as = contextAs({ sub: admin.id, role: admin.role, orgId: district.id, scopePath: district.path, name: admin.name }, () => new Date());
    await postNotice(as, {
      idempotencyKey: "demo-teahouse-timetable",
      title: "和顺茶馆本周安排",
      body: "周一组织部党史课，周二街道领导接待群众，周三法律援助咨询与网格民情会。欢迎居民前来。",
    });
    log("  1 notice");
  },
});
