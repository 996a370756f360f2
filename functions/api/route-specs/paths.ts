import * as z from 'zod';
import { Id } from '../schemas';

/** The path of an assessment, and of one of its stakeholders: shared by several areas. */
export const AssessmentPath = z.object({ id: Id }).strict();
export const StakeholderPath = z.object({ id: Id, sid: Id }).strict();
