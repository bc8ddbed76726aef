// The storage contract: every adapter (SQLite, PostgreSQL) must pass the same suites, one
// per store, in testing/contract/.
import { accountsContract } from './testing/contract/accounts.js';
import { debateRecordsContract } from './testing/contract/debates.js';
import { documentLogContract } from './testing/contract/DocumentLog.js';
import { outcomeContract } from './testing/contract/OutcomeRepository.js';
import { precompiledQueryContract } from './testing/contract/PrecompiledQuery.js';
import { referenceLibraryContract } from './testing/contract/ReferenceLibrary.js';
import { describeStores } from './testing/describeStores.js';

describeStores({
  DocumentLog: documentLogContract,
  'debate records': debateRecordsContract,
  'outcome documents and the silence procedure': outcomeContract,
  ReferenceLibrary: referenceLibraryContract,
  'queries compiled once': precompiledQueryContract,
  'accounts: known devices, sessions, who granted a membership': accountsContract,
});
