// Why the collab server ended the editing session, by close code (packages/collab's CloseCode).
import { defineMessages } from '../catalogue';

export const t = defineMessages('collab', {
  kept: 'The text you see is kept on this device.',
  undoThenReload: 'Undo the last change (Ctrl+Z), then reload the page to reconnect.',
  copyFirst: 'Copy anything you need before leaving.',
  closes: {
    '4400': {
      title: 'The server could not read a change from this browser',
      message: '{{kept}} Reload the page to reconnect; if this happens again, please report it.',
    },
    '4401': { title: 'Your session has ended', message: '{{kept}} Sign in again to continue.' },
    '4403': {
      title: 'You do not have access to this statement’s text',
      message:
        '{{kept}} Organizers read a statement once it is submitted; otherwise ask the delegation for access.',
    },
    '4404': {
      title: 'This statement does not exist on the server',
      message: 'It may have been deleted. {{kept}} {{copyFirst}}',
    },
    '4410': {
      title: 'This statement was deleted',
      message:
        'Someone moved it to the debate’s Trash while you were working (a drafter or an organizer can restore it from there). {{kept}} {{copyFirst}}',
    },
    '4413': {
      title: 'Your last change made the statement too large to save',
      message:
        'A statement holds at most 200,000 characters (2 MB). {{kept}} Undo the last change (Ctrl+Z), or move long annexes into a separate document, then reload the page to reconnect.',
    },
    '4422': {
      title: 'Your last change nested the text too deeply to save',
      message:
        'Quotes and lists may be nested at most about seven levels deep. {{kept}} {{undoThenReload}}',
    },
    '4423': {
      title: 'Your last change was not a suggestion',
      message:
        'In Suggesting mode you can add suggested text, mark text for deletion, or withdraw your own suggestions; other changes are not saved. {{kept}} {{undoThenReload}}',
    },
    '4424': {
      title: 'That amendment was not in your delegation’s name',
      message:
        'In an outcome document you propose amendments only in the name of your own delegation. {{kept}} {{undoThenReload}}',
    },
  },
  unknown: {
    title: 'The server ended the editing session',
    message: '{{kept}} Reload the page to reconnect (close code {{code}}).',
  },
});
