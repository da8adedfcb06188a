// The key strings of mediation cases (docs/access-patterns.md, "Service places, timetables and
// mediation"), owned here alone:
//   case             pk MEDIATION#<id>            sk CASE
//   event            pk MEDIATION#<id>            sk EV#<version, 6 digits>   (immutable)
//   index entries    pk MDU#<unit>#ALL | MDU#<unit>#S#<state>   sk <openedAt>#<id>   (every unit from the district down)
//                    pk MDPER#<person>                          sk <openedAt>#<id>   (parties with a person, mediators)
//                    pk MDDUE#<unit>                            sk <dueAt>#<id>#<obligationId>
//                                                               (only while the case is AGREED and the obligation open)
import type { MediationState } from "./mediation.enums";

export const caseKey = (id: string) => ({ pk: `MEDIATION#${id}`, sk: "CASE" });
export const caseEventKey = (id: string, version: number) => ({ pk: `MEDIATION#${id}`, sk: `EV#${String(version).padStart(6, "0")}` });

export const mediationPartitions = {
  all: (unitId: string) => `MDU#${unitId}#ALL`,
  state: (unitId: string, state: MediationState) => `MDU#${unitId}#S#${state}`,
  person: (personId: string) => `MDPER#${personId}`,
  due: (unitId: string) => `MDDUE#${unitId}`,
};
