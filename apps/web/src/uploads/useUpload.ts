// One file upload at a time, with its progress: sending (with bytes), then reading (the
// server parses the document), then done or failed with the server's message.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, errorMessage } from '../api/ApiError';
import type { UploadOptions } from '../api/uploadFile';
import { fileProblem } from './fileProblem';

export type UploadState =
  | { phase: 'idle' }
  | { phase: 'sending'; fileName: string; loaded: number; total: number }
  | { phase: 'reading'; fileName: string }
  | { phase: 'failed'; fileName: string; message: string; code: string | null };

export type Send<T> = (file: File, options: UploadOptions) => Promise<T>;

export interface Upload {
  state: UploadState;
  /** Uploads `file` with `send`; resolves with its result, or null if it failed or was cancelled. */
  start: <T>(file: File, send: Send<T>) => Promise<T | null>;
  /** Stops an upload under way, or clears a failure. */
  reset: () => void;
}

const IDLE: UploadState = { phase: 'idle' };

export function useUpload(): Upload {
  const [state, setState] = useState<UploadState>(IDLE);
  const current = useRef<AbortController | null>(null);

  // Leaving the page stops the upload rather than applying it behind the person's back.
  useEffect(() => () => current.current?.abort(), []);

  const start = useCallback(async <T>(file: File, send: Send<T>): Promise<T | null> => {
    current.current?.abort();
    const problem = fileProblem(file);
    if (problem) {
      setState({ phase: 'failed', fileName: file.name, message: problem, code: null });
      return null;
    }
    const controller = new AbortController();
    current.current = controller;
    const fileName = file.name;
    setState({ phase: 'sending', fileName, loaded: 0, total: file.size });
    try {
      const result = await send(file, {
        signal: controller.signal,
        onProgress: (loaded, total) => setState({ phase: 'sending', fileName, loaded, total }),
        onSent: () => setState({ phase: 'reading', fileName }),
      });
      if (!controller.signal.aborted) setState(IDLE);
      return controller.signal.aborted ? null : result;
    } catch (failure) {
      if (!controller.signal.aborted)
        setState({
          phase: 'failed',
          fileName,
          message: errorMessage(failure),
          code: failure instanceof ApiError ? failure.code : null,
        });
      return null;
    }
  }, []);

  const reset = useCallback(() => {
    current.current?.abort();
    current.current = null;
    setState(IDLE);
  }, []);

  return { state, start, reset };
}
