// Page size bounds shared by every connection argument (plain data: no GraphQL needed to read it).
export const PAGE = { default: 50, max: 100 } as const;
