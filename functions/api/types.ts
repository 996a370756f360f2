import type { Questionnaire } from '../core';
import type { Mailer } from '../services/mail';
import type { Store } from '../store/port';
import type { ConsultantAuth, Principal } from './auth/principal';

/** What the consultant and stakeholder routes need; the hosts provide it. */
export interface WorkspaceDeps {
  store: Store;
  auth: ConsultantAuth;
  mailer: Mailer;
  now: () => Date;
  /** Where invite links point; when unset, the origin of the request that created them. */
  publicBaseUrl?: string;
  /** Smallest role group shown separately in results, unless an assessment sets its own. */
  defaultMinGroupSize: number;
  /** Local sign-in: present only when running locally, absent from the Lambda build. */
  localSignIn?: (email: string, organisation: string, password?: string) => Promise<string>;
}

/** What the app needs from the outside world; the hosts (Lambda, local server, tests) provide it. */
export interface AppDeps {
  questionnaire: Questionnaire;
  workspace?: WorkspaceDeps;
  /** Tests set this: every response body is checked against its route's documented schema. */
  checkResponses?: boolean;
  /**
   * Where an unexpected error goes, with the route template (never the raw path, which may hold
   * an id or a token). Each host supplies its logger; without one the error is not logged.
   */
  logError?: (error: unknown, route: string) => void;
}

export type ConsultantEnv = { Variables: { principal: Principal } };
