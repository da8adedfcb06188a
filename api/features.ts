// The one list of features. Adding a feature is a folder plus one line here
// (docs/adding-a-feature.md); the server, the shield gate, the request's loaders and guards,
// the demo seed and the CDK stack's functions all read this list. Order matters only for the
// seed: a feature may rely on the data of those before it.
import { councils } from "./councils/councils.module";
import type { Feature } from "./feature";
import { issues } from "./issues/issues.module";
import { mediation } from "./mediation/mediation.module";
import { notices } from "./notices/notices.module";
import { org } from "./org/org.module";
import { places } from "./places/places.module";
import { platform } from "./platform.module";

export const FEATURES = [platform, org, issues, notices, places, councils, mediation] as const;

type LoadersOf<F> = F extends Feature<infer L> ? L : never;
type Intersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** Every feature's loaders together: `ctx.loaders`. */
export type Loaders = Intersection<LoadersOf<(typeof FEATURES)[number]>>;
