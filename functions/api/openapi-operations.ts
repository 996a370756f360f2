import type { Operation } from './openapi';

/** Consultant and stakeholder operations; filled in as the routes land. */
export const OPERATIONS_V1_CONSULTANT: Operation[] = [];
