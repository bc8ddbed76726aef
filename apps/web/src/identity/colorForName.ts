// The account colour is shared with the server, which names carets with it.
export { colorForUser as colorForName, USER_PALETTE } from '@plenary/accounts';
