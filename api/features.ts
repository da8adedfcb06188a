// The one list of features. Adding a feature is a folder plus one line here
// (docs/adding-a-feature.md); the server, the shield gate, the request's loaders and hooks, the
// demo seed and `node` all read this list. Order matters for the seed (a feature may rely on the
// data of those before it) and for imports: a feature imports only features before it.
import { installFeatures } from "./context";
import { councils } from "./councils/councils.module";
import type { Feature } from "./feature";
import { issues } from "./issues/issues.module";
import { mediation } from "./mediation/mediation.module";
import { notices } from "./notices/notices.module";
import { org } from "./org/org.module";
import { places } from "./places/places.module";
import { platform } from "./platform.module";
import { volunteers } from "./volunteers/volunteers.module";

export const FEATURES: readonly Feature[] = [platform, org, issues, notices, places, councils, mediation, volunteers];

installFeatures(FEATURES);
