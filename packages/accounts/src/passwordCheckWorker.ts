// Runs in the worker thread of PasswordCheckThread: the estimator and its dictionaries live
// here, not on the server's heap.
import { parentPort } from 'node:worker_threads';
import { loadPasswordCheck } from './passwordPolicy.js';
import type { CheckReply, CheckRequest } from './PasswordCheckThread.js';

const port = parentPort;
if (!port) throw new Error('passwordCheckWorker runs in a worker thread');

port.on('message', (request: CheckRequest) => {
  loadPasswordCheck().then(
    (check) => {
      const reply: CheckReply = {
        id: request.id,
        problem: check(request.password, request.context),
      };
      port.postMessage(reply);
    },
    (error: unknown) => {
      const reply: CheckReply = { id: request.id, error: String(error) };
      port.postMessage(reply);
    },
  );
});
