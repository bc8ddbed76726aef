import { useId } from 'react';
import type { Debate, Delegation } from '../debates/debatesApi';
import { t } from '../i18n/messages/statements';

interface DelegationPickerProps {
  delegations: Delegation[];
  debates: Map<string, Debate>;
  value: string;
  onChange: (delegationId: string) => void;
}

const describe = (delegation: Delegation, debates: Map<string, Debate>): string => {
  const theme = debates.get(delegation.debateId)?.theme;
  return theme ? t('picker.withTheme', { delegation: delegation.name, theme }) : delegation.name;
};

/** Which delegation a new statement belongs to; a plain sentence when there is only one. */
export function DelegationPicker({ delegations, debates, value, onChange }: DelegationPickerProps) {
  const id = useId();
  const only = delegations.length === 1 ? delegations[0] : undefined;
  if (only) {
    return (
      <p className="create-form__for">
        {t('picker.forOne', { delegation: describe(only, debates) })}
      </p>
    );
  }
  return (
    <p className="create-form__for">
      <label htmlFor={id}>{t('picker.for')}</label>{' '}
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {delegations.map((delegation) => (
          <option key={delegation.id} value={delegation.id}>
            {describe(delegation, debates)}
          </option>
        ))}
      </select>
    </p>
  );
}
