import type { Industry, SizeBand } from './deliverables';

/** Labels for the benchmark's cells; plain data so the web shows them without zod. */
export const INDUSTRY_NAMES: Record<Industry, string> = {
  logistics: 'Logistics and transport',
  manufacturing: 'Manufacturing',
  'financial-services': 'Financial services',
  health: 'Health and care',
  'public-sector': 'Public sector',
  energy: 'Energy and utilities',
  technology: 'Technology',
  retail: 'Retail',
  other: 'Other',
};

export const SIZE_BAND_NAMES: Record<SizeBand, string> = {
  '1-249': 'up to 249',
  '250-999': '250 to 999',
  '1000-4999': '1,000 to 4,999',
  '5000+': '5,000 or more',
};

/** The size band an organisation of this many people falls in. */
export const sizeBandOf = (employees: number): SizeBand =>
  employees < 250 ? '1-249' : employees < 1000 ? '250-999' : employees < 5000 ? '1000-4999' : '5000+';
