// What to tell the person when the collab server ends the connection for good.
// The numbers mirror CloseCode in packages/collab (src/closeCodes.ts).
import { t } from '../i18n/messages/collab';

export interface CollabClose {
  code: number;
  title: string;
  message: string;
  /** True when further edits could never reach the server, so the editor locks. */
  readOnly: boolean;
}

/** Closes that lock the editor: further edits could never reach the server. */
const READ_ONLY = new Set([4401, 4403, 4404, 4410]);
const KNOWN = [4400, 4401, 4403, 4404, 4410, 4413, 4422, 4423, 4424] as const;
type Known = (typeof KNOWN)[number];

/** Describes a terminal close code from the collab endpoint. */
export function describeClose(code: number): CollabClose {
  const shared = {
    kept: t('kept'),
    undoThenReload: t('undoThenReload'),
    copyFirst: t('copyFirst'),
  };
  if (!KNOWN.includes(code as Known)) {
    const values = { ...shared, code: String(code) };
    return {
      code,
      title: t('unknown.title'),
      message: t('unknown.message', values),
      readOnly: false,
    };
  }
  const known = code as Known;
  return {
    code,
    title: t(`closes.${known}.title`),
    message: t(`closes.${known}.message`, shared),
    readOnly: READ_ONLY.has(code),
  };
}

export const STATEMENT_DELETED_CLOSE = 4410;
/** The person may not read this document (an organizer, say, before a statement is submitted). */
export const NO_ACCESS_CLOSE = 4403;
export const SESSION_ENDED_CLOSE = 4401;
/** Not terminal: the provider reconnects with the person's new rights. */
export const ROLE_CHANGED_CLOSE = 4501;
