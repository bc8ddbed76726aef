import { TextField } from '../ui/TextField';
import { PASSWORD_MIN_LENGTH } from './usePasswordProblem';
import { t } from '../i18n/messages/auth';

interface NewPasswordFieldProps {
  label: string;
  value: string;
  onValue: (value: string) => void;
  /** From `usePasswordProblem`: why it would be refused, null when fine, undefined if unknown. */
  problem: string | null | undefined;
  /** Said before the verdict, e.g. when the field may also hold an existing password. */
  lead?: string;
}

/** A new password with the verdict of the password rule, updated as the person types. */
export function NewPasswordField({ label, value, onValue, problem, lead }: NewPasswordFieldProps) {
  const verdict =
    value === '' || problem === undefined
      ? t('password.rule', { min: PASSWORD_MIN_LENGTH })
      : (problem ?? t('password.strong'));
  return (
    <TextField
      label={label}
      type="password"
      autoComplete="new-password"
      hint={lead ? t('password.withLead', { lead, verdict }) : verdict}
      value={value}
      onValue={onValue}
    />
  );
}
