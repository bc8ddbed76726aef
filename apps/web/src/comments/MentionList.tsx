import { colorForName } from '../identity/colorForName';
import { initialsOf } from '../presence/initialsOf';
import type { Member } from './commentsApi';
import type { MentionPicker } from './useMentionPicker';
import { t } from '../i18n/messages/commentsPanel';

interface MentionListProps {
  picker: MentionPicker;
  onChoose: (member: Member) => void;
}

/** The members matching an @query, under the comment being typed. */
export function MentionList({ picker, onChoose }: MentionListProps) {
  if (picker.matches.length === 0) return null;
  return (
    <ul id={picker.listId} className="mention-list" role="listbox" aria-label={t('mentionList')}>
      {picker.matches.map((member, index) => (
        <li
          key={member.userId}
          id={picker.optionId(index)}
          className="mention-list__option"
          role="option"
          aria-selected={index === picker.activeIndex}
          // mousedown, not click: the textarea keeps focus and its caret.
          onMouseDown={(event) => {
            event.preventDefault();
            onChoose(member);
          }}
        >
          <span
            className="comment-avatar comment-avatar--small"
            style={{ backgroundColor: colorForName(member.userId) }}
            aria-hidden="true"
          >
            {initialsOf(member.displayName)}
          </span>
          <span className="mention-list__name">{member.displayName}</span>
          <span className="mention-list__role">{member.role}</span>
        </li>
      ))}
    </ul>
  );
}
