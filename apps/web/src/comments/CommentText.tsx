import { Fragment } from 'react';
import type { Member } from './commentsApi';
import { commentSegments } from './commentSegments';
import type { ThreadComment } from '@plenary/api';

interface CommentTextProps {
  comment: ThreadComment;
  members: Member[];
  userId: string;
}

/**
 * A comment's text as text: mentions as `@Name`, web addresses as links that open
 * elsewhere, everything else as React text nodes, so no comment can inject markup.
 */
export function CommentText({ comment, members, userId }: CommentTextProps) {
  const mentioned = members.filter((member) => comment.mentions.includes(member.userId));
  return (
    <p className="comment__body">
      {commentSegments(comment.body, mentioned).map((segment, index) => {
        if (segment.kind === 'mention') {
          const mine = segment.userId === userId;
          return (
            <span key={index} className={mine ? 'mention mention--me' : 'mention'}>
              {segment.text}
            </span>
          );
        }
        if (segment.kind === 'link') {
          return (
            <a key={index} href={segment.href} target="_blank" rel="noopener noreferrer nofollow">
              {segment.text}
            </a>
          );
        }
        return <Fragment key={index}>{segment.text}</Fragment>;
      })}
    </p>
  );
}
