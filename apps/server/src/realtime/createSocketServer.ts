// socket.io for app events: a `statement:<id>` room per open statement.
import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import { AppError } from '../errors/AppError.js';
import { validate } from '../errors/validate.js';
import { isAllowedOrigin } from '../http/originCheck.js';
import type { Logger } from '../logger.js';
import type { StatementService } from '../statements/StatementService.js';
import {
  JoinStatementPayload,
  LeaveStatementPayload,
  statementRoom,
  type Ack,
} from './socketEvents.js';

export interface SocketDeps {
  statements: StatementService;
  logger: Logger;
  publicOrigin: string | undefined;
}

export function createSocketServer(httpServer: HttpServer, deps: SocketDeps): Server {
  const io = new Server(httpServer, {
    // The collab endpoint shares this HTTP server; engine.io must leave its upgrades alone.
    destroyUpgrade: false,
    maxHttpBufferSize: 1_000_000,
    allowRequest: (req, callback) => callback(null, isAllowedOrigin(req, deps.publicOrigin)),
  });

  deps.statements.on('updated', (statement) => {
    io.to(statementRoom(statement.id)).emit('statement:updated', { statement });
  });
  deps.statements.on('deleted', (statementId) => {
    io.to(statementRoom(statementId)).emit('statement:deleted', { statementId });
  });

  io.on('connection', (socket) => registerHandlers(socket, deps));
  return io;
}

function registerHandlers(socket: Socket, { statements, logger }: SocketDeps): void {
  const handle =
    (run: (payload: unknown) => Promise<void>) =>
    (payload: unknown, ack?: unknown): void => {
      const reply: Ack = typeof ack === 'function' ? (ack as Ack) : () => undefined;
      run(payload).then(
        () => reply({ ok: true }),
        (error: unknown) => {
          const appError = error instanceof AppError ? error : undefined;
          if (!appError) logger.error({ err: error, socketId: socket.id }, 'socket event failed');
          reply({
            ok: false,
            error: appError?.toJSON() ?? {
              code: 'server.internal',
              message: 'Something went wrong on the server.',
            },
          });
        },
      );
    };

  socket.on(
    'statement:join',
    handle(async (payload) => {
      const { statementId } = validate(JoinStatementPayload, payload, 'statement:join payload');
      await statements.get(statementId);
      await socket.join(statementRoom(statementId));
    }),
  );
  socket.on(
    'statement:leave',
    handle(async (payload) => {
      const { statementId } = validate(LeaveStatementPayload, payload, 'statement:leave payload');
      await socket.leave(statementRoom(statementId));
    }),
  );
}
