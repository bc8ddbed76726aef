// Sends a file's bytes to an upload route. XMLHttpRequest rather than fetch: only it
// reports upload progress, and a 20 MB PDF on a hotel connection needs a progress bar.
import { failed, unreachable } from './apiRequest';

export interface UploadOptions {
  /** Bytes sent so far and in all; called as the upload proceeds. */
  onProgress?: (loaded: number, total: number) => void;
  /** Called once every byte has left the browser and the server is reading the file. */
  onSent?: () => void;
  signal?: AbortSignal;
}

/** POSTs `file` to `/api<path>` as the raw body; resolves with the parsed JSON answer. */
export function uploadFile(
  path: string,
  file: File,
  options: UploadOptions = {},
): Promise<unknown> {
  const { onProgress, onSent, signal } = options;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const request = new XMLHttpRequest();
    request.open('POST', `/api${path}`);
    request.withCredentials = true;
    request.setRequestHeader('Accept', 'application/json');
    request.setRequestHeader('Content-Type', 'application/octet-stream');
    // Headers are ASCII; the server decodes the name ("Note verbale – Viet Nam.docx").
    request.setRequestHeader('X-File-Name', encodeURIComponent(file.name));

    request.upload.onprogress = (event) =>
      onProgress?.(event.loaded, event.lengthComputable ? event.total : file.size);
    request.upload.onload = () => onSent?.();
    request.onload = () => {
      const payload = readJson(request.responseText);
      if (request.status >= 200 && request.status < 300) resolve(payload);
      else reject(failed(payload, request.status));
    };
    request.onerror = () => reject(unreachable());
    request.onabort = () => reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
    signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.send(file);
  });
}

function readJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}
