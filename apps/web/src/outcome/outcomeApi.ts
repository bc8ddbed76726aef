// The debate's outcome document as the server describes it, and the negotiators' commands.
import {
  OutcomeOverview as OverviewSchema,
  RevisionWithRedline,
  type OutcomeKind,
  type OutcomeOverview,
  type ParagraphStatus,
} from '@plenary/api';
import { apiCall, apiRequest } from '../api/apiRequest';
import type { RedlinePart } from '../versions/versionsApi';
import { t } from '../i18n/messages/outcome';

export type {
  Amendment,
  AmendmentAction,
  OutcomeKind,
  OutcomeOverview,
  ParagraphStatus,
  Revision,
} from '@plenary/api';

export const OUTCOME_KINDS: { value: OutcomeKind; label: string }[] = [
  { value: 'presidential_statement', label: t('kinds.presidential_statement') },
  { value: 'resolution', label: t('kinds.resolution') },
  { value: 'chairs_summary', label: t('kinds.chairs_summary') },
  { value: 'training_outcome', label: t('kinds.training_outcome') },
];

const base = (debateId: string) => `/debates/${encodeURIComponent(debateId)}/outcome`;

export const outcomeApi = {
  async get(debateId: string, signal?: AbortSignal): Promise<OutcomeOverview> {
    return apiCall(OverviewSchema, base(debateId), { signal });
  },
  async create(
    debateId: string,
    body: { kind: OutcomeKind; penholderDelegationId: string | null; paragraphs: string[] },
  ) {
    await apiRequest(base(debateId), { method: 'POST', body });
  },
  async circulate(debateId: string) {
    await apiRequest(`${base(debateId)}/revisions`, { method: 'POST' });
  },
  async revision(
    debateId: string,
    revisionId: string,
  ): Promise<{ text: string; redline: RedlinePart[] | null }> {
    return apiCall(
      RevisionWithRedline,
      `${base(debateId)}/revisions/${encodeURIComponent(revisionId)}`,
    );
  },
  async propose(
    debateId: string,
    body: { delegationId: string; suggestionId: string; justification: string },
  ) {
    await apiRequest(`${base(debateId)}/amendments`, { method: 'POST', body });
  },
  async position(
    amendmentId: string,
    body: { delegationId: string; stance: 'support' | 'object'; comment: string },
  ) {
    await apiRequest(`/amendments/${encodeURIComponent(amendmentId)}/positions`, {
      method: 'POST',
      body,
    });
  },
  async decide(amendmentId: string, body: { decision: 'accept' | 'reject'; text?: string }) {
    await apiRequest(`/amendments/${encodeURIComponent(amendmentId)}/decision`, {
      method: 'POST',
      body,
    });
  },
  async markParagraph(
    debateId: string,
    paragraph: number,
    body: { status: ParagraphStatus; holders: string[] },
  ) {
    await apiRequest(`${base(debateId)}/paragraphs/${paragraph}`, { method: 'PUT', body });
  },
  async startSilence(debateId: string, deadline: string) {
    await apiRequest(`${base(debateId)}/silence`, { method: 'POST', body: { deadline } });
  },
  async breakSilence(debateId: string, body: { delegationId: string; reason: string }) {
    await apiRequest(`${base(debateId)}/silence/break`, { method: 'POST', body });
  },
  exportUrl(
    debateId: string,
    what: 'revision' | 'redline' | 'compilation',
    format: 'docx' | 'pdf',
    revisionId?: string,
  ) {
    const query = new URLSearchParams({
      what,
      format,
      ...(revisionId ? { revision: revisionId } : {}),
    });
    return `/api${base(debateId)}/export?${query.toString()}`;
  },
};
