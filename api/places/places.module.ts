import type DataLoader from "dataloader";
import { PLACE_IDEMPOTENCY } from "./places.idempotency";
import type { PlaceRecord, TimetableRecord } from "./place.codec";
import { conflict } from "../errors";
import { defineFeature } from "../feature";
import { byId } from "../kit/loaders";
import { PlaceResolver } from "./place.resolver";
import { placeNode } from "./place.rules";
import { seedPlaces } from "./place.seed";
import { getPlaces, getTimetables, hasPlacesUnder } from "./place.store";
import { PLACES_POLICY } from "./places.policy";
import { TimetableResolver } from "./timetable.resolver";
import { emptyTimetable } from "./timetable.rules";

declare module "../feature" {
  interface Loaders {
    place: DataLoader<string, PlaceRecord | null>;
    /** A place's timetable (version 0 and no slots when none is set). */
    placeTimetable: DataLoader<string, TimetableRecord>;
  }
}

export const places = defineFeature({
  name: "places",
  resolvers: [PlaceResolver, TimetableResolver],
  policy: PLACES_POLICY,
  repeats: PLACE_IDEMPOTENCY,
  loaders: (db) => ({
    place: byId((ids) => getPlaces(db, ids)),
    /** A place's timetable (version 0 and no slots when none is set). */
    placeTimetable: byId((ids) => getTimetables(db, ids), emptyTimetable),
  }),
  async seed(env) {
    await seedPlaces(env);
  },
  nodes: [{ prefix: "pl_", typename: "Place", load: placeNode }],
  hooks: {
    // Places are found under their unit by its path, kept on the records; a move would leave them
    // under the old one. Re-filing them is not built, so a unit with places cannot move (as with issues).
    async beforeUnitMove(ctx, unit) {
      if (await hasPlacesUnder(ctx.db, unit.path)) throw conflict(`${unit.name} has service places; a unit with places cannot move yet.`);
    },
  },
});
