import type { ComponentChildren } from 'preact';
import { session } from '../session';

/** Consultant pages need a session; without one they point to the sign-in. */
export const RequireSession = ({ children }: { children: ComponentChildren }) =>
  session.value ? (
    <div>{children}</div>
  ) : (
    <section>
      <h2>Sign in needed</h2>
      <p>
        This page belongs to the consultant workspace. <a href="/sign-in">Sign in</a> first.
      </p>
    </section>
  );
