// The debate's outcome document as the server describes it, and the negotiators' commands.
import { OutcomeOverview as OverviewSchema, RevisionWithRedline } from '@plenary/api';
import { apiCall, apiRequest } from '../api/apiRequest';
import type { RedlinePart } from '../versions/versionsApi';
import { t } from '../i18n/messages/outcome';

export type OutcomeKind =
  'presidential_statement' | 'resolution' | 'chairs_summary' | 'training_outcome';
export type ParagraphStatus = 'agreed' | 'open' | 'bracketed';
export type AmendmentAction = 'replace' | 'insert_after' | 'delete';

export interface Revision {
  id: string;
  number: number;
  name: string;
  status: 'circulated' | 'silence' | 'silence_broken' | 'adopted';
  circulatedAt: string;
  silenceBrokenBy: string | null;
  silenceBrokenReason: string | null;
  adoptedAt: string | null;
}

export interface Amendment {
  id: string;
  delegationId: string;
  delegationName: string;
  paragraph: number;
  action: AmendmentAction;
  originalText: string;
  proposedText: string;
  justification: string;
  status: 'proposed' | 'accepted' | 'rejected';
  decidedText: string | null;
  /** Its suggestion marks in the text; null for an amendment proposed by form. */
  suggestionId: string | null;
  positions: {
    delegationId: string;
    delegationName: string;
    stance: 'support' | 'object';
    comment: string;
  }[];
}

export interface OutcomeOverview {
  outcome: {
    id: string;
    statementId: string;
    title: string;
    kind: OutcomeKind;
    penholderDelegationId: string | null;
    status: 'drafting' | 'silence' | 'adopted';
    silenceDeadline: string | null;
    silenceRevisionId: string | null;
  };
  trainingExercise: boolean;
  delegations: { id: string; name: string; kind: string }[];
  myDelegations: { id: string; name: string; role: 'drafter' | 'reviewer' | 'viewer' }[];
  paragraphs: { number: number; text: string; status: ParagraphStatus; holders: string[] }[];
  summary: { total: number; agreed: number; bracketed: number; open: number };
  revisions: Revision[];
  amendments: Amendment[];
  abilities: Record<string, boolean>;
}

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
