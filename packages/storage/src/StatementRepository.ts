/** A statement's metadata. Its text lives in the document store under the same id. */
export interface StatementRecord {
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
}

export interface StatementRepository {
  list(): Promise<StatementRecord[]>;
  get(id: string): Promise<StatementRecord | undefined>;
  create(input: { id: string; title: string }): Promise<StatementRecord>;
  /** Returns the renamed statement, or undefined when it does not exist. */
  rename(id: string, title: string): Promise<StatementRecord | undefined>;
  /** Marks the statement's text as changed (updates `updatedAt`). */
  touch(id: string): Promise<void>;
  /** Returns false when the statement did not exist. */
  remove(id: string): Promise<boolean>;
}
