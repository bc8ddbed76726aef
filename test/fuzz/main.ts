// `pnpm fuzz:collab [--frames N] [--seed S]`: the protocol fuzz for longer runs than CI's.
import { parseArgs } from 'node:util';
import { connectClient, waitSynced } from '../support/collabClient.js';
import { makeDraftingTeam } from '../support/factories.js';
import { startTestServer } from '../support/testServer.js';
import { runCollabFuzz } from './runCollabFuzz.js';

const { values } = parseArgs({
  options: { frames: { type: 'string', default: '1000000' }, seed: { type: 'string' } },
});
const frames = Number(values.frames);
const seed = Number(values.seed ?? Math.floor(Math.random() * 2 ** 31));
const text = 'Mr. President, the delegation thanks the briefers.';

let server = await startTestServer();
const team = await makeDraftingTeam(server.url);
const cookie = team.drafter.client.cookie;
const statementId = team.statement.id;
const witness = connectClient(server.url, statementId, { cookie });
await waitSynced(witness);
witness.appendParagraph(text);
process.stdout.write(`seed ${seed}, ${frames} frames\n`);
const result = await runCollabFuzz({ server, statementId, cookie, frames, seed });
process.stdout.write(
  `${result.frames} frames (${result.overSocket} over a socket) in ${result.ms} ms; closes ${JSON.stringify([...result.closes])}\n`,
);
witness.destroy();
const fresh = connectClient(server.url, statementId, { cookie });
await waitSynced(fresh);
const seen = fresh.text();
fresh.destroy();
const { dataDir } = server;
await server.stop();
server = await startTestServer({ dataDir });
const restarted = connectClient(server.url, statementId, { cookie });
await waitSynced(restarted);
const intact = seen.includes(text) && restarted.text() === seen;
restarted.destroy();
await server.stop({ removeData: true });
process.stdout.write(intact ? 'document intact\n' : `DOCUMENT DAMAGED (seed ${seed})\n`);
process.exit(intact ? 0 : 1);
