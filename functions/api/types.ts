import type { Questionnaire } from '../core';
import type { Store } from '../store/port';
import type { ConsultantAuth, Principal } from './auth/principal';
import type { Mailer } from './mailer';

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
}

export type ConsultantEnv = { Variables: { principal: Principal } };
