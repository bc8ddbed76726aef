// The statement page around the text: connection badge, notices, title, toolbar, side panel.
import { defineMessages } from '../catalogue';

export const t = defineMessages('editor', {
  connection: {
    changes_zero: 'no unsynced changes',
    changes_one: '{{count}} unsynced change',
    changes_other: '{{count}} unsynced changes',
    noChanges: 'no unsynced changes',
    connected: 'Connected',
    connecting: 'Connecting…',
    connectingWith: 'Connecting… — {{changes}}',
    reconnecting: 'Reconnecting…',
    reconnectingWith: 'Reconnecting… — {{changes}}',
    offline: 'Offline — {{changes}}',
    closed: 'Disconnected',
    noAccess: 'No access',
    detailConnected: 'Every change is shared with your colleagues as you type.',
    detailConnecting:
      'Changes are saved on this device and will be shared once the connection is back.',
    detailOffline:
      'You are offline. Keep writing: changes are saved on this device and merge when you reconnect.',
    detailClosed: 'The server ended the connection.',
    noCopy: 'no copy on this device',
    detailNoCopy:
      'This browser does not let Plenary keep a copy of the statement on this device (a private window or a browser policy): text typed while offline stays only in this page until the connection is back, so keep the page open, or use a normal window.',
    saidConnected: 'Connected. Changes are shared.',
    saidConnecting: 'Connecting to the server.',
    saidReconnecting: 'Connection lost. Reconnecting; your changes are saved on this device.',
    saidOffline: 'Offline. Your changes are saved on this device and will sync when you reconnect.',
    saidClosed: 'Disconnected from the server.',
  },
  copy: {
    button: 'Copy the text',
    copied: 'Copied to the clipboard.',
    failed: 'The browser refused; select the text and copy it by hand.',
  },
  notices: {
    deleted: 'This statement was deleted',
    notFound: 'This statement no longer exists on the server',
    movedToTrash:
      'Someone moved it to the debate’s Trash while it was open here; a drafter or an organizer can restore it from there for 30 days. ',
    keptCopy:
      'The text below is the copy kept on this device and can no longer be edited. Copy anything you need before leaving.',
    back: 'Back to statements',
    loadFailed: 'The statement’s details could not be loaded',
    keepWriting: '{{error}} You can keep writing: the text is saved on this device.',
    reviewer:
      'You are a reviewer of this statement: what you type or delete becomes a suggestion that its drafters accept or reject. You can also comment on it.',
    viewer:
      'You are a viewer of this statement: you can read it and its comments and see who is working on it, but not change its text.',
  },
  title: {
    label: 'Statement title',
    untitled: 'Untitled statement',
    loading: 'Loading…',
    hint: 'Click to rename. Enter saves, Escape cancels.',
    document: '{{title}} — Plenary',
    statement: 'Statement',
    saving: 'Saving…',
  },
  page: {
    back: 'Statements',
    opening: 'Opening the statement…',
  },
  text: {
    label: 'Statement text',
    placeholder: 'Mr. President, …',
    toolbarHelp: 'Press Alt+F10 to move to the formatting toolbar.',
    someone: 'Someone',
  },
  toolbar: {
    label: 'Formatting',
    tooltip: '{{label}} ({{shortcut}})',
    heading: 'Heading {{level}}',
    bold: 'Bold',
    italic: 'Italic',
    bulletList: 'Bulleted list',
    orderedList: 'Numbered list',
    quotation: 'Quotation',
    undo: 'Undo',
    redo: 'Redo',
  },
  panel: {
    title: 'Points and library',
    show: 'Show the discussion points and the library ({{shortcut}})',
    hide: 'Hide the discussion points and the library ({{shortcut}})',
    close: 'Close the panel',
    notYet: 'Available once the statement’s details have loaded.',
    points: 'Discussion points',
    noPoints: 'The organizer has not listed any yet.',
    objectives: 'Objectives',
    objectivesCount: 'Objectives ({{count}})',
    opening: 'Opening…',
  },
});
