// Service places, timetables and mediation cases: the part of the councils feature that this
// folder's place.*, timetable.* and mediation.* files make, as one object the councils module
// folds into its Feature (resolvers, loaders, seed, nodes, guards); their policy rows are part
// of the feature's one table (councils.policy.ts spreads places.policy.ts).
import DataLoader from "dataloader";
import { conflict } from "../errors";
import type { Feature } from "../feature";
import type { Db } from "../store/dynamo";
import type { MediationCaseRecord } from "./mediation.codec";
import { MediationResolver, MediationSessionResolver } from "./mediation.resolver";
import { mediationCaseNode } from "./mediation.rules";
import { seedMediation } from "./mediation.seed";
import { getCases, hasCasesUnder } from "./mediation.store";
import type { PlaceRecord, TimetableRecord } from "./place.codec";
import { PlaceResolver } from "./place.resolver";
import { placeNode } from "./place.rules";
import { seedPlaces } from "./place.seed";
import { getPlaces, getTimetables, hasPlacesUnder } from "./place.store";
import { TimetableResolver } from "./timetable.resolver";
import { emptyTimetable } from "./timetable.rules";

export interface PlacesLoaders {
  place: DataLoader<string, PlaceRecord | null>;
  /** A place's timetable (version 0 and no slots when none is set). */
  placeTimetable: DataLoader<string, TimetableRecord>;
  mediationCase: DataLoader<string, MediationCaseRecord | null>;
}

export const placesParts = {
  resolvers: [PlaceResolver, TimetableResolver, MediationResolver, MediationSessionResolver],
  loaders: (db: Db): PlacesLoaders => ({
    place: new DataLoader(async (ids) => {
      const found = await getPlaces(db, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    placeTimetable: new DataLoader(async (ids) => {
      const found = await getTimetables(db, ids);
      return ids.map((id) => found.get(id) ?? emptyTimetable(id));
    }),
    mediationCase: new DataLoader(async (ids) => {
      const found = await getCases(db, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
  }),
  async seed(env) {
    const places = await seedPlaces(env);
    // The cases are walked through the rules (a dozen transactions): like the demo issues, only
    // when walked-through records are asked for, so every test file's small demo stays quick.
    if (env.scale > 0) await seedMediation(env, places);
  },
  nodes: [
    { prefix: "pl_", typename: "Place", load: placeNode },
    { prefix: "md_", typename: "MediationCase", load: mediationCaseNode },
  ],
  guards: {
    // Places are found under their unit by its path, and cases under every unit above theirs,
    // both kept on the records; a move would leave them under the old ones. Re-filing them is
    // not built, so a unit with places or cases cannot move (as with issues).
    async beforeUnitMove(ctx, unit) {
      if (await hasPlacesUnder(ctx.db, unit.path)) throw conflict(`${unit.name} has service places; a unit with places cannot move yet.`);
      if (await hasCasesUnder(ctx.db, unit.id)) throw conflict(`${unit.name} has mediation cases; a unit with cases cannot move yet.`);
    },
  },
} satisfies Omit<Feature<PlacesLoaders>, "name" | "policy">;
