import type { ReactNode } from 'react';

interface ErrorNoticeProps {
  message: string | null;
  id?: string;
  children?: ReactNode;
}

/** An inline error, announced to screen readers as soon as it appears. */
export function ErrorNotice({ message, id, children }: ErrorNoticeProps) {
  return (
    <div id={id} className="error-notice" role="alert" hidden={!message}>
      {message}
      {children}
    </div>
  );
}
