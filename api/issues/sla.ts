// Deadlines (SLA). The clock starts at assignment; priority sets the hours, a category may
// override them per priority. Defaults follow common 12345-hotline practice: urgent within
// hours, ordinary within three working days, low within a week.
import type { IssuePriority } from "./issue.enums";
import type { CategoryRecord } from "./category.store";

export const DEFAULT_SLA_HOURS: Record<IssuePriority, number> = {
  URGENT: 2,
  HIGH: 24,
  NORMAL: 72,
  LOW: 168,
};

export function slaHours(priority: IssuePriority, category: CategoryRecord | null): number {
  return category?.sla.find((rule) => rule.priority === priority)?.hours ?? DEFAULT_SLA_HOURS[priority];
}

export function deadline(from: Date, priority: IssuePriority, category: CategoryRecord | null): string {
  return new Date(from.getTime() + slaHours(priority, category) * 3_600_000).toISOString();
}

export function isOverdue(dueAt: string | null, open: boolean, now: Date = new Date()): boolean {
  return open && dueAt !== null && dueAt < now.toISOString();
}
