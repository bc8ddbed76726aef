import { useEffect, type ReactNode } from 'react';
import { t } from '../i18n/messages/auth';

interface AuthLayoutProps {
  title: string;
  lead?: ReactNode;
  children: ReactNode;
}

/** A quiet, centred card for signing in, setting up and accepting invitations. */
export function AuthLayout({ title, lead, children }: AuthLayoutProps) {
  useEffect(() => {
    document.title = t('document', { title });
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
