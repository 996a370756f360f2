/**
 * The browser security headers of the product, declared once: CloudFront sends them in AWS and
 * the local host sends the same ones, so the local product behaves as the deployed one.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  // The hosted sign-in's token endpoint is called from the page (authorization code with PKCE).
  "connect-src 'self' https://*.amazoncognito.com",
  "font-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** No page needs a device feature; invite and share links must never leave in a Referer. */
export const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=()';
export const REFERRER_POLICY = 'no-referrer';

/** The headers the local host sets on every page (HSTS only means something over HTTPS, in AWS). */
export const PAGE_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': REFERRER_POLICY,
  'permissions-policy': PERMISSIONS_POLICY,
};
