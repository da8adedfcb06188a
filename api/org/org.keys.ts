// The org hierarchy's key strings (docs/access-patterns.md), owned here alone:
//   unit            pk ORG#<id>        sk UNIT   (a grid carries its workers: no extra read)
//   child guard     pk ORG#<parentId>  sk CHILD#<segment>   (one child per segment, atomically)
//   children        gsi1  PARENT#<parentId> / <segment>
//   subtree by kind gsi2  KIND#<kind>       / <path>
//   whole subtree   gsi3  TREE#<root code>  / <path>
export const unitKey = (id: string) => ({ pk: `ORG#${id}`, sk: "UNIT" });
export const guardKey = (parentId: string, segment: string) => ({ pk: `ORG#${parentId}`, sk: `CHILD#${segment}` });
export const rootCode = (path: string) => path.split("/")[1];
