// The descriptions of the arguments every feature repeats, written once so they read the same
// everywhere (docs/contract.md, rule 1: everything a client sees is described).
import { PAGE } from "./page";

/** Every connection's `first`. */
export const PAGE_SIZE_DOC = `How many items to return: 1 to ${PAGE.max}; default ${PAGE.default}.`;

/** Every connection's `after`. */
export const AFTER_DOC = "Read the items after this cursor (a previous page's `pageInfo.endCursor`); absent: from the start.";

/** Every mutation's one `input` argument. */
export const INPUT_DOC = "What to do; each field is described on the input type.";
