import express, { Router } from 'express';
import { describe, expect, it } from 'vitest';
import { describeRoutes } from './describeRoutes.js';

describe('describeRoutes', () => {
  it('lists routes on the app, on a mounted router and in routers nested inside it', () => {
    const app = express();
    const api = Router();
    const nested = Router();
    const deeper = Router();
    deeper.delete('/:id', () => undefined);
    nested.get('/list', () => undefined);
    nested.use('/items', deeper);
    api.get('/health', () => undefined);
    api.use(nested);
    api.use('/admin', nested);
    api.use(() => undefined); // middleware, not a route
    app.use('/api', api);
    app.get(/^\/(?!api\/).*/, () => undefined);
    expect(describeRoutes(app)).toEqual([
      'GET /api/health',
      'GET /api/list',
      'DELETE /api/items/:id',
      'GET /api/admin/list',
      'DELETE /api/admin/items/:id',
      'GET /^\\/(?!api\\/).*/',
    ]);
  });
});
