// The checks the server runs before a statement goes for review or is submitted.
import { ReadinessChecks } from '@plenary/api';
import * as z from 'zod/mini';
import { apiCall } from '../api/apiRequest';

export type { ReadinessChecks } from '@plenary/api';

export async function fetchReadiness(statementId: string): Promise<ReadinessChecks> {
  const Answer = z.object({ checks: ReadinessChecks });
  return (await apiCall(Answer, `/statements/${encodeURIComponent(statementId)}/checks`)).checks;
}
