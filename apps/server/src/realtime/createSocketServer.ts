// socket.io for app events: `statement:<id>` and `debate:<id>` rooms. Sockets authenticate
// with the session cookie; every event is authorized with the same policies as REST.
import type { Server as HttpServer } from 'node:http';
import { CLIENT_EVENTS, type ClientEvent } from '@plenary/api/requests';
import type { Stores } from '@plenary/storage';
import { Server, type Socket } from 'socket.io';
import type { z } from 'zod';
import { loadActor, type Actor } from '../auth/Actor.js';
import { can } from '../auth/policy.js';
import { statementResource } from '../statements/statementResource.js';
import { readSessionToken } from '../auth/sessionCookie.js';
import type { SessionService } from '../auth/SessionService.js';
import type { CommentService } from '../comments/CommentService.js';
import type { DebateService, MemberAdded } from '../debates/DebateService.js';
import type { CoverageService } from '../drafting/CoverageService.js';
import type { CompilationService } from '../export/CompilationService.js';
import { AppError } from '../errors/AppError.js';
import { validate } from '../errors/validate.js';
import { isSocketIoPath } from '../collab/upgradeTarget.js';
import { isAllowedOrigin } from '../http/originCheck.js';
import type { LiveConnections } from '../live/LiveConnections.js';
import type { Logger } from '../logger.js';
import type { StatementService } from '../statements/StatementService.js';
import {
  debateRoom,
  SOCKET_EVENTS,
  statementRoom,
  statementTextRoom,
  userRoom,
  type Ack,
} from './socketEvents.js';

export interface SocketDeps {
  stores: Stores;
  sessions: SessionService;
  statements: StatementService;
  debates: DebateService;
  comments: CommentService;
  coverage: CoverageService;
  compilations: CompilationService;
  live: LiveConnections;
  logger: Logger;
  publicOrigin: string | undefined;
}

interface SocketData {
  userId: string;
  sessionId: string;
}

export function createSocketServer(httpServer: HttpServer, deps: SocketDeps): Server {
  const io = new Server(httpServer, {
    // The collab endpoint shares this HTTP server; engine.io must leave its upgrades alone.
    destroyUpgrade: false,
    maxHttpBufferSize: 1_000_000,
    allowRequest: (req, callback) =>
      callback(null, isSocketIoPath(req.url) && isAllowedOrigin(req, deps.publicOrigin)),
  });

  io.use((socket, next) => {
    deps.sessions.authenticate(readSessionToken(socket.request)).then(
      (session) => {
        if (!session) return next(new Error('auth.unauthenticated'));
        Object.assign(socket.data as SocketData, {
          userId: session.user.id,
          sessionId: session.sessionId,
        });
        next();
      },
      (error: unknown) => next(error instanceof Error ? error : new Error('server.internal')),
    );
  });

  // Debate-wide views (statement lists, the organizer's Submissions) hear only that something
  // changed and reload through REST, which filters what each person may see.
  const debateChanged = (debateId: string): void => {
    io.to(debateRoom(debateId)).emit('debate:statements-changed', { debateId });
  };
  deps.statements.on('updated', (statement) => {
    io.to(statementRoom(statement.id)).emit('statement:updated', { statement });
    debateChanged(statement.debateId);
  });
  deps.statements.on('deleted', (statement) => {
    io.to(statementRoom(statement.id)).emit('statement:deleted', { statementId: statement.id });
    debateChanged(statement.debateId);
  });
  deps.statements.on('restored', (statement) => debateChanged(statement.debateId));
  deps.statements.on('changed', debateChanged);
  deps.statements.on('notified', (userIds) => {
    for (const userId of userIds) io.to(userRoom(userId)).emit('notification:created', {});
  });

  deps.comments.on('thread', (statementId, thread) => {
    io.to(statementTextRoom(statementId)).emit('thread:updated', { thread });
  });
  deps.coverage.on('coverage', (summary) => {
    io.to(statementTextRoom(summary.statementId)).emit('coverage:updated', { coverage: summary });
  });
  deps.debates.on('memberAdded', (notice) => {
    void tellDrafters(io, deps, notice).catch((error: unknown) =>
      deps.logger.error({ err: error }, 'could not tell drafters about a new member'),
    );
  });
  deps.compilations.on('progress', (userId, job) => {
    io.to(userRoom(userId)).emit('export:progress', { job });
  });
  deps.comments.on('mentioned', (userIds) => {
    for (const userId of userIds) io.to(userRoom(userId)).emit('notification:created', {});
  });

  io.on('connection', (socket) => {
    deps.live.addSocket(socket);
    void socket.join(userRoom((socket.data as SocketData).userId));
    registerHandlers(socket, deps);
  });
  return io;
}

/** Someone joined a delegation: its drafters see who, in which role, and who added them. */
async function tellDrafters(io: Server, deps: SocketDeps, notice: MemberAdded): Promise<void> {
  const members = await deps.stores.delegations.members(notice.delegationId);
  for (const { userId, role } of members) {
    if (role !== 'drafter' || userId === notice.addedBy?.id) continue;
    io.to(userRoom(userId)).emit('delegation:member_added', notice);
  }
}

type Handlers = {
  [E in ClientEvent]: (actor: Actor, payload: z.infer<(typeof CLIENT_EVENTS)[E]>) => Promise<void>;
};

function registerHandlers(socket: Socket, deps: SocketDeps): void {
  const actorOf = async (): Promise<Actor> => {
    const { userId, sessionId } = socket.data as SocketData;
    const session = await deps.stores.sessions.find(sessionId);
    const user = session && (await deps.stores.users.findById(userId));
    if (!user)
      throw new AppError('auth.unauthenticated', 401, 'Your session has ended. Sign in again.');
    return loadActor(deps.stores, user, sessionId);
  };
  const handle =
    <E extends ClientEvent>(event: E, run: Handlers[E]) =>
    (payload: unknown, ack?: unknown): void => {
      const reply: Ack = typeof ack === 'function' ? (ack as Ack) : () => undefined;
      actorOf()
        .then((actor) => {
          const checked = validate(CLIENT_EVENTS[event], payload, `${event} payload`);
          return run(actor, checked as Parameters<Handlers[E]>[1]);
        })
        .then(
          () => reply({ ok: true }),
          (error: unknown) => {
            if (!(error instanceof AppError))
              deps.logger.error({ err: error, socketId: socket.id }, 'socket event failed');
            reply({
              ok: false,
              error:
                error instanceof AppError
                  ? error.toJSON()
                  : { code: 'server.internal', message: 'Something went wrong on the server.' },
            });
          },
        );
    };

  const handlers: Handlers = {
    'statement:join': async (actor, { statementId }) => {
      const statement = await deps.statements.get(actor, statementId);
      await socket.join(statementRoom(statementId));
      if (can(actor, 'statement.readWorkspace', statementResource(statement))) {
        await socket.join(statementTextRoom(statementId));
      }
    },
    'statement:leave': async (_actor, { statementId }) => {
      await socket.leave(statementRoom(statementId));
      await socket.leave(statementTextRoom(statementId));
    },
    'debate:join': async (actor, { debateId }) => {
      await deps.debates.get(actor, debateId);
      await socket.join(debateRoom(debateId));
    },
    'debate:leave': async (_actor, { debateId }) => {
      await socket.leave(debateRoom(debateId));
    },
  };
  for (const event of SOCKET_EVENTS) socket.on(event, handle(event, handlers[event]));
}
