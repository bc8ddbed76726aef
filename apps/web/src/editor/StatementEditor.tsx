// The statement body: the shared schema, bound to the Y.Doc, with colleagues' carets.
import {
  languageFacts,
  STATEMENT_FRAGMENT,
  statementExtensions,
  type StatementLanguage,
} from '@plenary/statement-model';
import { Collaboration } from '@tiptap/extension-collaboration';
import type { Editor } from '@tiptap/core';
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret';
import { Placeholder } from '@tiptap/extensions';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { CollabSession } from '../collab/CollabSession';
import { CommentHighlights } from '../comments/CommentHighlights';
import { DraftingSupport } from '../drafting/DraftingSupport';
import type { UserIdentity } from '../identity/identityOf';
import { loadLanguageFont } from '../languages/loadLanguageFont';
import { DocumentBoundaryKeys } from './DocumentBoundaryKeys';
import { EditorToolbar } from './EditorToolbar';
import { renderCaret } from './renderCaret';
import { useEditingAids } from './useEditingAids';
import { modeForKey, ModeSwitch, type EditMode } from '../suggestions/ModeSwitch';
import { SuggestingMode } from '../suggestions/SuggestingMode';
import { t } from '../i18n/messages/editor';

interface StatementEditorProps {
  session: CollabSession;
  identity: UserIdentity;
  readOnly: boolean;
  /** Running header of the sheet: owning delegations and the debate, when known. */
  context: string[] | null;
  /** Hands the editor to the page, for commands issued from outside it (the side panel). */
  onEditor?: (editor: Editor | null) => void;
  /** Drawn beside the text, positioned against it (the drafting margin). */
  margin?: ReactNode;
  /** The statement's language: `lang` (spell-checking, fonts) and `dir` of the text. */
  language?: StatementLanguage | null;
  /** The signed-in user, named as the author of their suggestions. */
  authorId: string;
  /** Outcome documents: the delegation the person's suggestions (amendments) speak for. */
  delegationId?: string | null;
  /** Reviewers always suggest; drafters choose; others do not change the text. */
  suggesting: 'always' | 'choice' | 'never';
}

const EDITOR_ATTRIBUTES = {
  class: 'statement-body',
  role: 'textbox',
  'aria-multiline': 'true',
  'aria-label': t('text.label'),
  'aria-describedby': 'statement-editor-help',
  spellcheck: 'true',
};

/**
 * The editable root's attributes. `dir` comes from the language, so an Arabic statement is
 * right to left from its first keystroke; within a paragraph the browser's bidi algorithm
 * lays out Latin words, numbers and symbols among the Arabic.
 */
function editorAttributes(language: StatementLanguage | null | undefined) {
  if (!language) return EDITOR_ATTRIBUTES;
  const facts = languageFacts(language);
  return { ...EDITOR_ATTRIBUTES, lang: facts.locale, dir: facts.direction };
}

export function StatementEditor({
  session,
  identity,
  readOnly,
  context,
  onEditor,
  margin,
  language,
  authorId,
  delegationId = null,
  suggesting,
}: StatementEditorProps) {
  const toolbar = useRef<HTMLDivElement>(null);
  const [chosenMode, setChosenMode] = useState<EditMode>('editing');
  const mode: EditMode = suggesting === 'always' ? 'suggesting' : chosenMode;
  const editor = useEditor(
    {
      extensions: [
        ...statementExtensions(),
        Collaboration.configure({ fragment: session.doc.getXmlFragment(STATEMENT_FRAGMENT) }),
        CollaborationCaret.configure({
          provider: session.provider,
          user: identity,
          render: renderCaret,
        }),
        Placeholder.configure({ placeholder: t('text.placeholder') }),
        DocumentBoundaryKeys,
        CommentHighlights,
        DraftingSupport,
        SuggestingMode.configure({ authorId }),
      ],
      editable: !readOnly,
      shouldRerenderOnTransaction: false,
      editorProps: { attributes: editorAttributes(language) },
    },
    [session],
  );

  const loadEditingAids = useEditingAids(editor);

  useEffect(() => {
    editor.setEditable(!readOnly);
  }, [editor, readOnly]);

  useEffect(() => {
    const storage = editor.storage.suggestingMode;
    storage.enabled = mode === 'suggesting';
    storage.authorId = authorId;
    storage.delegationId = delegationId;
    if (mode === 'suggesting' && !storage.rewrite) {
      void import('../suggestions/suggestTransaction').then((module) => {
        storage.rewrite = module.suggestTransaction;
      });
    }
  }, [editor, mode, authorId, delegationId]);

  useEffect(() => {
    // The statement's metadata may arrive after the editor was created.
    editor.setOptions({ editorProps: { attributes: editorAttributes(language) } });
    loadLanguageFont(language);
  }, [editor, language]);

  useEffect(() => {
    onEditor?.(editor);
    return () => onEditor?.(null);
  }, [editor, onEditor]);

  useEffect(() => {
    editor.commands.updateUser({ name: identity.name, color: identity.color });
  }, [editor, identity]);

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    // Alt+F10 is the customary way from a document into its toolbar.
    if (event.altKey && event.key === 'F10') {
      event.preventDefault();
      toolbar.current?.querySelector<HTMLButtonElement>('button[tabindex="0"]')?.focus();
    }
    const wanted = suggesting === 'choice' ? modeForKey(event) : undefined;
    if (wanted) {
      event.preventDefault();
      setChosenMode(wanted);
    }
  }

  return (
    <div className="statement-editor" data-read-only={readOnly} data-mode={mode}>
      {readOnly ? null : (
        <div className="statement-editor__bar">
          {suggesting === 'never' ? null : (
            <ModeSwitch mode={mode} fixed={suggesting === 'always'} onChange={setChosenMode} />
          )}
          {mode === 'suggesting' ? null : <EditorToolbar editor={editor} toolbarRef={toolbar} />}
        </div>
      )}
      <p id="statement-editor-help" className="visually-hidden">
        {t('text.toolbarHelp')}
      </p>
      <div
        className="paper"
        onKeyDown={handleKeyDown}
        onFocus={loadEditingAids}
        onDragEnter={loadEditingAids}
      >
        {context ? <p className="paper__context">{context.filter(Boolean).join(' · ')}</p> : null}
        <div className="paper__body">
          <EditorContent editor={editor} />
          {margin}
        </div>
      </div>
    </div>
  );
}
