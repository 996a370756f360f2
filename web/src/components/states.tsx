import type { ComponentChildren } from 'preact';

/** A page still loading: said in words, with a quiet spinner. */
export const Loading = ({ what }: { what: string }) => (
  <p class="state" aria-busy="true">
    <span class="spinner" aria-hidden="true" /> Loading {what}…
  </p>
);

/** A failed load: what failed, why, and what to do next (try again, or go back). */
export const LoadError = ({
  what,
  error,
  onRetry,
  back = { href: '/', label: 'Back to the start' },
}: {
  what: string;
  error: string;
  onRetry?: () => void;
  back?: { href: string; label: string };
}) => (
  <div class="state state-error" role="alert">
    <h1>{what.charAt(0).toUpperCase() + what.slice(1)} cannot be shown</h1>
    <p>{error}</p>
    <p class="toolbar">
      {onRetry && (
        <button type="button" class="primary" onClick={onRetry}>
          Try again
        </button>
      )}
      <a class="button" href={back.href}>
        {back.label}
      </a>
    </p>
  </div>
);

/** Nothing here yet: why, and the action that fills it. */
export const Empty = ({ title, children }: { title: string; children: ComponentChildren }) => (
  <div class="state state-empty">
    <h2>{title}</h2>
    {children}
  </div>
);
