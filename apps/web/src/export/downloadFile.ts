// Downloads a file the server renders, with the name it gives. Fetched rather than
// followed as a plain link, so that a refusal shows the server's message on the page
// instead of saving an error as a file.
import { ApiError } from '../api/ApiError';
import { failed, unreachable } from '../api/apiRequest';
import { contentDispositionName } from './contentDispositionName';
import { t } from '../i18n/messages/exports';

/** Fetches `url` (same origin) and saves it; resolves with the file name used. */
export async function downloadFile(url: string, fallbackName: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch {
    throw unreachable();
  }
  if (!response.ok) throw failed(await readJson(response), response.status);
  const name = contentDispositionName(response.headers.get('Content-Disposition')) ?? fallbackName;
  const blob = await response.blob().catch(() => {
    throw new ApiError('network.interrupted', t('errors.interrupted'), 0);
  });
  save(blob, name);
  return name;
}

function save(blob: Blob, name: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once click() returns; a minute is ample either way.
  window.setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}
