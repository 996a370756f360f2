export {
  type Agenda,
  type AgendaItem,
  type AgendaOptions,
  type AgendaReason,
  buildAgenda,
  type PublishedAggregates,
} from './agenda';
export { entryFromQuestionnaire } from './fallback';
export type { ByLevel, KitDimensions, KitEntry, KitSource } from './types';
