// The volunteers feature's keys (docs/access-patterns.md):
//   team          pk TEAM#<id>                  sk TEAM
//   teams         pk TEAMS#<unitId>             sk <kind>#<id>        (the team's unit and every unit above it)
//   volunteer     pk VOLUNTEER#<id>             sk VOLUNTEER
//   volunteers    pk VOLUNTEERS#<unitId>        sk <volunteerNumber>  (the home unit and every unit above it)
//   roster        pk TEAMROSTER#<teamId>        sk <volunteerNumber>  (a membership)
//   guards        pk VOLIDNO#<keyed hash>       sk GUARD              (one entry per ID number)
//                 pk VOLPERSON#<personId>       sk GUARD              (one entry per person)
export const volunteerKeys = {
  team: (id: string) => ({ pk: `TEAM#${id}`, sk: "TEAM" }),
  teams: (unitId: string) => `TEAMS#${unitId}`,
  volunteer: (id: string) => ({ pk: `VOLUNTEER#${id}`, sk: "VOLUNTEER" }),
  volunteers: (unitId: string) => `VOLUNTEERS#${unitId}`,
  roster: (teamId: string) => `TEAMROSTER#${teamId}`,
  idNumberGuard: (hash: string) => ({ pk: `VOLIDNO#${hash}`, sk: "GUARD" }),
  personGuard: (personId: string) => ({ pk: `VOLPERSON#${personId}`, sk: "GUARD" }),
};
