// The checks the server runs before a statement goes for review or is submitted.
import { ApiError } from '../api/ApiError';
import { apiRequest, isRecord } from '../api/apiRequest';

export interface ReadinessChecks {
  overLimit: { seconds: number; overSeconds: number; limitMinutes: number } | null;
  limitIsStrict: boolean;
  unaddressedPoints: string[];
  openThreads: number;
  emptySections: string[];
  openSuggestions: number;
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

function parseOverLimit(value: unknown): ReadinessChecks['overLimit'] {
  if (!isRecord(value)) return null;
  const { seconds, overSeconds, limitMinutes } = value;
  if (typeof seconds !== 'number' || typeof overSeconds !== 'number') return null;
  if (typeof limitMinutes !== 'number') return null;
  return { seconds, overSeconds, limitMinutes };
}

export async function fetchReadiness(statementId: string): Promise<ReadinessChecks> {
  const payload = await apiRequest(`/statements/${encodeURIComponent(statementId)}/checks`);
  const checks = isRecord(payload) ? payload.checks : undefined;
  if (!isRecord(checks))
    throw new ApiError('response.invalid', 'The checks could not be read. Please retry.', 200);
  return {
    overLimit: parseOverLimit(checks.overLimit),
    limitIsStrict: checks.limitIsStrict === true,
    unaddressedPoints: strings(checks.unaddressedPoints),
    openThreads: typeof checks.openThreads === 'number' ? checks.openThreads : 0,
    emptySections: strings(checks.emptySections),
    openSuggestions: typeof checks.openSuggestions === 'number' ? checks.openSuggestions : 0,
  };
}
