import { customerServiceName, projectsForOf } from '../customer-orders';
import type { Situation } from '../situation';
import type { Sized } from './choice';
import { leanGates } from './lean-gate';

/**
 * The questionnaire's services (what stakeholders could ask for) an office of these services
 * answers: each service's own, coaching where the office runs a course, and prioritisation where it
 * sequences customer orders by promised date and capacity (customer-orders.ts).
 */
export const answeredBy = (all: readonly Sized[], s: Situation, course: boolean): Set<string> => {
  const answered = new Set<string>();
  for (const c of all) for (const a of c.spec.answers) answered.add(a);
  if (course) answered.add('coaching');
  // A lean portfolio asked for stop decisions runs its intake as a go/stop gate (lean-gate.ts).
  if (all.some((c) => leanGates(s, c.spec.id))) answered.add('project-authorisation');
  if (all.some((c) => customerServiceName(c.spec.id, projectsForOf(s)) === 'orders.service.sequencing'))
    answered.add('prioritisation');
  return answered;
};
