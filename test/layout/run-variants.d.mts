import type { BrowserContext } from '@playwright/test';

export const SIZES: { width: number; height: number }[];

export interface Reading {
  ok: boolean;
  reason?: string;
  buyer?: string;
  messages: [string, string][];
  orders: string[];
}
export interface Placed {
  mode: 'panel' | 'rail';
  box: { left: number; top: number; width: number; height: number };
  ms: number;
  covered: string[];
  probes: number;
}
export interface VariantRow {
  build: string;
  site: string;
  page: string;
  seed: number;
  kinds: string[];
  probes: number;
  originalOk: boolean;
  readExact: boolean;
  original: Reading;
  variant: Reading;
  sizes: Record<number, Placed>;
}
export interface SiteSummary {
  build: string;
  site: string;
  variants: number;
  readExact: number;
  readPct: number;
  covered: Record<number, number>;
  rails: number;
  p50ms: number;
  p95ms: number;
  maxMs: number;
}

export function runVariants(
  context: BrowserContext,
  builds: { name: string; code: string }[],
  seeds: number[],
  options?: { pages?: { name: string; url: string; file: string; keepClear?: string[] }[]; onVariant?: (page: unknown, seed: number) => void },
): Promise<VariantRow[]>;
export function summarise(rows: VariantRow[]): SiteSummary[];
