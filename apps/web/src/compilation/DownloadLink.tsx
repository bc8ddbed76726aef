// A real link to a file (it can be copied, or opened with Ctrl-click), which a plain
// click downloads in place, so that a refusal is shown in the server's own words.
import type { MouseEvent, ReactNode, Ref } from 'react';
import { errorMessage } from '../api/ApiError';
import { downloadFile } from '../export/downloadFile';

export type DownloadResult = { ok: true; fileName: string } | { ok: false; message: string };

interface DownloadLinkProps {
  href: string;
  fallbackName: string;
  className?: string;
  label?: string;
  linkRef?: Ref<HTMLAnchorElement>;
  onStart?: () => void;
  onResult: (result: DownloadResult) => void;
  children: ReactNode;
}

export function DownloadLink(props: DownloadLinkProps) {
  const { href, fallbackName, className, label, linkRef, onStart, onResult, children } = props;

  async function download(event: MouseEvent<HTMLAnchorElement>): Promise<void> {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onStart?.();
    try {
      onResult({ ok: true, fileName: await downloadFile(href, fallbackName) });
    } catch (failure) {
      onResult({ ok: false, message: errorMessage(failure) });
    }
  }

  return (
    <a
      ref={linkRef}
      href={href}
      download
      className={className}
      aria-label={label}
      onClick={(event) => void download(event)}
    >
      {children}
    </a>
  );
}
