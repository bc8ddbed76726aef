/** The SQL dialects Plenary's stores run on. */
export type Dialect = 'sqlite' | 'postgres';
