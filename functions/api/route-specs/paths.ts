import * as z from 'zod';
import { lazySchema } from '../../contract/lazy';
import { Id } from '../schemas';

/** The path of an assessment, and of one of its stakeholders: shared by several areas, built on first use. */
export const AssessmentPath = lazySchema(() => z.object({ id: Id }).strict());
export const StakeholderPath = lazySchema(() => z.object({ id: Id, sid: Id }).strict());
