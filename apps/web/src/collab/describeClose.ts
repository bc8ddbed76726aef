// What to tell the person when the collab server ends the connection for good.
// The numbers mirror CloseCode in packages/collab (src/closeCodes.ts).

export interface CollabClose {
  code: number;
  title: string;
  message: string;
  /** True when further edits could never reach the server, so the editor locks. */
  readOnly: boolean;
}

const KEPT = 'The text you see is kept on this device.';

const CLOSES: Record<number, Omit<CollabClose, 'code'>> = {
  4400: {
    title: 'The server could not read a change from this browser',
    message: `${KEPT} Reload the page to reconnect; if this happens again, please report it.`,
    readOnly: false,
  },
  4401: {
    title: 'Your session has ended',
    message: `${KEPT} Sign in again to continue.`,
    readOnly: true,
  },
  4403: {
    title: 'You do not have access to this statement’s text',
    message: `${KEPT} Organizers read a statement once it is submitted; otherwise ask the delegation for access.`,
    readOnly: true,
  },
  4404: {
    title: 'This statement does not exist on the server',
    message: `It may have been deleted. ${KEPT} Copy anything you need before leaving.`,
    readOnly: true,
  },
  4413: {
    title: 'Your last change made the statement too large to save',
    message: `A statement holds at most 200,000 characters (2 MB). ${KEPT} Undo the last change (Ctrl+Z), or move long annexes into a separate document, then reload the page to reconnect.`,
    readOnly: false,
  },
  4422: {
    title: 'Your last change nested the text too deeply to save',
    message: `Quotes and lists may be nested at most about seven levels deep. ${KEPT} Undo the last change (Ctrl+Z), then reload the page to reconnect.`,
    readOnly: false,
  },
  4423: {
    title: 'Your last change was not a suggestion',
    message: `In Suggesting mode you can add suggested text, mark text for deletion, or withdraw your own suggestions; other changes are not saved. ${KEPT} Undo the last change (Ctrl+Z), then reload the page to reconnect.`,
    readOnly: false,
  },
  4424: {
    title: 'That amendment was not in your delegation’s name',
    message: `In an outcome document you propose amendments only in the name of your own delegation. ${KEPT} Undo the last change (Ctrl+Z), then reload the page to reconnect.`,
    readOnly: false,
  },
  4410: {
    title: 'This statement was deleted',
    message: `Someone moved it to the debate’s Trash while you were working (a drafter or an organizer can restore it from there). ${KEPT} Copy anything you need before leaving.`,
    readOnly: true,
  },
};

/** Describes a terminal close code from the collab endpoint. */
export function describeClose(code: number): CollabClose {
  const known = CLOSES[code];
  if (known) return { code, ...known };
  return {
    code,
    title: 'The server ended the editing session',
    message: `${KEPT} Reload the page to reconnect (close code ${code}).`,
    readOnly: false,
  };
}

export const STATEMENT_DELETED_CLOSE = 4410;
export const SESSION_ENDED_CLOSE = 4401;
/** Not terminal: the provider reconnects with the person's new rights. */
export const ROLE_CHANGED_CLOSE = 4501;
