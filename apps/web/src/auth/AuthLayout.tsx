import { useEffect, type ReactNode } from 'react';

interface AuthLayoutProps {
  title: string;
  lead?: ReactNode;
  children: ReactNode;
}

/** A quiet, centred card for signing in, setting up and accepting invitations. */
export function AuthLayout({ title, lead, children }: AuthLayoutProps) {
  useEffect(() => {
    document.title = `${title} — Plenary`;
  }, [title]);
  return (
    <div className="auth">
      <div className="auth__card">
        <h1 className="auth__title">{title}</h1>
        {lead ? <div className="auth__lead">{lead}</div> : null}
        {children}
      </div>
    </div>
  );
}
