// WebSocket close codes of the collab endpoint. y-websocket clients treat 4400–4499 as
// final (they stop reconnecting); everything else, including 4500–4599, as transient.

export const CloseCode = {
  /** The server is shutting down or restarting; reconnect. */
  ServiceRestart: 1012,
  /** A frame exceeded the size limit. */
  MessageTooBig: 1009,
  /** A frame was not a well-formed y-websocket message, or carried an invalid update. */
  MalformedMessage: 4400,
  /** No valid session. */
  Unauthorized: 4401,
  /** The session may not open this statement. */
  Forbidden: 4403,
  /** The statement does not exist. */
  StatementNotFound: 4404,
  /** The statement was deleted while open. */
  StatementDeleted: 4410,
  /** The update, or the document it would make, is past a size limit; nothing was stored. */
  DocumentTooLarge: 4413,
  /** The update would nest the document deeper than the limit; nothing was stored. */
  DocumentTooComplex: 4422,
  /**
   * A connection in Suggesting mode sent a change other than adding, marking or withdrawing
   * its own suggestions; nothing was stored.
   */
  NotSuggestion: 4423,
  /** An amendment (suggestion mark) named another person or delegation than the sender's own. */
  AmendmentNotOwn: 4424,
  /** The server could not store an update; the client keeps it and resends on reconnect. */
  StorageFailure: 4500,
  /** The user's role changed; reconnect to continue with the new role. */
  RoleChanged: 4501,
  /**
   * The update depends on changes the room never received; nothing was stored. The client
   * reconnects, and its sync sends what was missing with it.
   */
  UnseenDependencies: 4502,
} as const;

export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

/** Short reason strings sent with each close code (at most 123 bytes by RFC 6455). */
export const closeReason: Record<CloseCode, string> = {
  [CloseCode.ServiceRestart]: 'server.restarting',
  [CloseCode.MessageTooBig]: 'message.too_big',
  [CloseCode.MalformedMessage]: 'message.malformed',
  [CloseCode.Unauthorized]: 'auth.unauthenticated',
  [CloseCode.Forbidden]: 'auth.forbidden',
  [CloseCode.StatementNotFound]: 'statement.not_found',
  [CloseCode.StatementDeleted]: 'statement.deleted',
  [CloseCode.DocumentTooLarge]: 'document.too_large',
  [CloseCode.DocumentTooComplex]: 'document.too_complex',
  [CloseCode.NotSuggestion]: 'update.not_suggestion',
  [CloseCode.AmendmentNotOwn]: 'amendment.not_own_delegation',
  [CloseCode.StorageFailure]: 'storage.failed',
  [CloseCode.RoleChanged]: 'auth.role_changed',
  [CloseCode.UnseenDependencies]: 'update.unseen_dependencies',
};
