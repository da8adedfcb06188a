// Service places as one feature: party-mass service centres, teahouses, clinics and the like,
// their opening hours and weekly timetables, and "near me" in walking minutes. Places are public
// to every signed-in role but partners. docs/places.md has the rules.
import DataLoader from "dataloader";
import { conflict } from "../errors";
import { defineFeature } from "../feature";
import type { PlaceRecord, TimetableRecord } from "./place.codec";
import { PlaceResolver } from "./place.resolver";
import { placeNode } from "./place.rules";
import { seedPlaces } from "./place.seed";
import { getPlaces, getTimetables, hasPlacesUnder } from "./place.store";
import { PLACES_POLICY } from "./places.policy";
import { TimetableResolver } from "./timetable.resolver";
import { emptyTimetable } from "./timetable.rules";

export const places = defineFeature({
  name: "places",
  resolvers: [PlaceResolver, TimetableResolver],
  policy: PLACES_POLICY,
  loaders: (db) => ({
    place: new DataLoader<string, PlaceRecord | null>(async (ids) => {
      const found = await getPlaces(db, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    /** A place's timetable (version 0 and no slots when none is set). */
    placeTimetable: new DataLoader<string, TimetableRecord>(async (ids) => {
      const found = await getTimetables(db, ids);
      return ids.map((id) => found.get(id) ?? emptyTimetable(id));
    }),
  }),
  async seed(env) {
    await seedPlaces(env);
  },
  nodes: [{ prefix: "pl_", typename: "Place", load: placeNode }],
  guards: {
    // Places are found under their unit by its path, kept on the records; a move would leave them
    // under the old one. Re-filing them is not built, so a unit with places cannot move (as with issues).
    async beforeUnitMove(ctx, unit) {
      if (await hasPlacesUnder(ctx.db, unit.path)) throw conflict(`${unit.name} has service places; a unit with places cannot move yet.`);
    },
  },
});
