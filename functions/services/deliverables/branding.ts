import { type Branding, type BrandingRequest, MAX_LOGO_BYTES } from '../../contract/deliverables';
import type { BrandingRecord } from '../../store/deliverable-records';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

const startsWith = (bytes: Buffer, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * A logo is a PNG or JPEG data URL of at most 40 KB whose bytes really are that image type: no SVG
 * (it can carry script), nothing whose declared type lies about its content.
 */
export const logoProblem = (logo: string): string | null => {
  const [, type, data] = /^data:image\/(png|jpeg);base64,(.*)$/.exec(logo) ?? [];
  const bytes = Buffer.from(data ?? '', 'base64');
  if (bytes.length > MAX_LOGO_BYTES) return `must be at most ${MAX_LOGO_BYTES / 1024} KB`;
  if (!startsWith(bytes, type === 'png' ? PNG : JPEG)) return `is not a ${type?.toUpperCase()} image`;
  return null;
};

export const toBranding = (record: BrandingRecord | null): Branding => ({
  firmName: record?.firmName ?? null,
  accent: record?.accent ?? null,
  logo: record?.logo ?? null,
  updatedAt: record?.updatedAt ?? null,
});

export const brandingRecord = (orgId: string, input: BrandingRequest, now: string): BrandingRecord => {
  return {
    orgId,
    firmName: input.firmName,
    accent: input.accent.toLowerCase(),
    logo: input.logo ?? null,
    updatedAt: now,
  };
};
