import type { Questionnaire } from '../core';

/** What the app needs from the outside world; the hosts (Lambda, local server, tests) provide it. */
export interface AppDeps {
  questionnaire: Questionnaire;
}
