/**
 * About one person leads every this many projects; fewer leads than that is a shortage. Kept apart
 * from the shape rules (shape.ts) so that the rules the shape reads (push-triage.ts) can use it too.
 */
export const PROJECTS_PER_LEAD = 5;
