import { ApiError } from '../../api/http/errors';
import { type Branding, type BrandingRequest, MAX_LOGO_BYTES } from '../../contract/deliverables';
import type { BrandingRecord } from '../../store/deliverable-records';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

const startsWith = (bytes: Buffer, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * A logo is a PNG or JPEG data URL of at most 40 KB whose bytes really are that image type: no SVG
 * (it can carry script), nothing whose declared type lies about its content.
 */
export const checkLogo = (logo: string): void => {
  const [, type, data] = /^data:image\/(png|jpeg);base64,(.*)$/.exec(logo) ?? [];
  const bytes = Buffer.from(data ?? '', 'base64');
  const refuse = (message: string) =>
    new ApiError(400, 'invalid_logo', `logo: ${message}`, [{ path: 'logo', message }]);
  if (bytes.length > MAX_LOGO_BYTES) throw refuse(`must be at most ${MAX_LOGO_BYTES / 1024} KB`);
  if (!startsWith(bytes, type === 'png' ? PNG : JPEG)) throw refuse(`is not a ${type?.toUpperCase()} image`);
};

export const toBranding = (record: BrandingRecord | null): Branding => ({
  firmName: record?.firmName ?? null,
  accent: record?.accent ?? null,
  logo: record?.logo ?? null,
  updatedAt: record?.updatedAt ?? null,
});

export const brandingRecord = (orgId: string, input: BrandingRequest, now: string): BrandingRecord => {
  if (input.logo) checkLogo(input.logo);
  return {
    orgId,
    firmName: input.firmName,
    accent: input.accent.toLowerCase(),
    logo: input.logo ?? null,
    updatedAt: now,
  };
};
