import { Input } from '@mantine/core';
import { Link, RichTextEditor } from '@mantine/tiptap';
import { TableKit } from '@tiptap/extension-table';
import { useEditor, type Editor, type JSONContent } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useId, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { isSafeHref, type RichDoc } from '../../../../shared/statements/richText';

/** One replacement in a block's text: [start, end) offsets and the new text. */
export interface TextReplacement {
  start: number;
  end: number;
  text: string;
}

/**
 * Replaces, in every paragraph, heading, list item or cell, what `find` returns for its text; the
 * replaced words keep the marks they had. Returns how many places were replaced.
 */
export type TextReplacer = (find: (blockText: string) => TextReplacement[]) => number;

function replaceInBlocks(editor: Editor, find: (blockText: string) => TextReplacement[]): number {
  const edits: { from: number; to: number; text: string }[] = [];
  editor.state.doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    // One character for each inline leaf (a line break) keeps offsets equal to document positions.
    const text = node.textBetween(0, node.content.size, undefined, '\ufffc');
    for (const found of find(text))
      edits.push({ from: pos + 1 + found.start, to: pos + 1 + found.end, text: found.text });
    return false;
  });
  if (edits.length === 0) return 0;
  // Last first, so earlier positions stay valid.
  const transaction = edits
    .sort((a, b) => b.from - a.from)
    .reduce((tr, edit) => tr.insertText(edit.text, edit.from, edit.to), editor.state.tr);
  editor.view.dispatch(transaction);
  return edits.length;
}

/**
 * The statement body editor: Mantine's TipTap with exactly the nodes and marks Siaga stores
 * (headings, bold, italic, underline, lists, links, quote, table). Anything pasted from Word or
 * the web is parsed into that schema, so other formatting, scripts and handlers never get in;
 * links are limited to web and mail addresses. The core normalizes again before storing.
 */
export function RichTextField({
  label,
  value,
  onChange,
  editable,
  error,
  inserterRef,
  replacerRef,
}: {
  label: string;
  /** Read once at mount; remount (key) to load different content. */
  value: RichDoc;
  onChange: (doc: RichDoc) => void;
  editable: boolean;
  error?: string | undefined;
  /** Filled with a function that types text at the cursor (e.g. an official figure). */
  inserterRef?: RefObject<((text: string) => void) | null>;
  /** Filled with a function that replaces text where it stands (see `TextReplacer`). */
  replacerRef?: RefObject<TextReplacer | null>;
}) {
  const { t } = useTranslation();
  const labelId = useId();
  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        code: false,
        codeBlock: false,
        strike: false,
        horizontalRule: false,
        link: false,
        heading: { levels: [2, 3] },
      }),
      Link.configure({
        openOnClick: false,
        autolink: true,
        isAllowedUri: (url) => isSafeHref(url),
      }),
      TableKit.configure({ table: { resizable: false } }),
    ],
    content: value as JSONContent,
    editable,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: { attributes: { 'aria-labelledby': labelId, role: 'textbox', 'aria-multiline': 'true' } },
    onUpdate: ({ editor: current }) => onChange(current.getJSON() as RichDoc),
  });
  useEffect(() => {
    editor?.setEditable(editable);
  }, [editor, editable]);
  useEffect(() => {
    if (!inserterRef) return;
    inserterRef.current = (text) => editor?.chain().focus().insertContent(text).run();
    return () => {
      inserterRef.current = null;
    };
  }, [editor, inserterRef]);

  useEffect(() => {
    if (!replacerRef) return;
    replacerRef.current = (find) => (editor ? replaceInBlocks(editor, find) : 0);
    return () => {
      replacerRef.current = null;
    };
  }, [editor, replacerRef]);

  return (
    <Input.Wrapper label={label} labelElement="div" labelProps={{ id: labelId }} error={error}>
      <RichTextEditor
        editor={editor}
        labels={{
          boldControlLabel: t('richText.bold'),
          italicControlLabel: t('richText.italic'),
          underlineControlLabel: t('richText.underline'),
          h2ControlLabel: t('richText.h2'),
          h3ControlLabel: t('richText.h3'),
          bulletListControlLabel: t('richText.bulletList'),
          orderedListControlLabel: t('richText.orderedList'),
          blockquoteControlLabel: t('richText.blockquote'),
          linkControlLabel: t('richText.link'),
          unlinkControlLabel: t('richText.unlink'),
          undoControlLabel: t('richText.undo'),
          redoControlLabel: t('richText.redo'),
          tableInsertControlLabel: t('richText.table'),
          tableDeleteControlLabel: t('richText.tableDelete'),
          tableRowAfterControlLabel: t('richText.tableRowAfter'),
          tableColumnAfterControlLabel: t('richText.tableColumnAfter'),
          linkEditorInputLabel: t('richText.linkInput'),
          linkEditorInputPlaceholder: 'https://',
          linkEditorSave: t('richText.linkSave'),
        }}
      >
        {editable && (
          <RichTextEditor.Toolbar sticky stickyOffset={56}>
            <RichTextEditor.ControlsGroup>
              <RichTextEditor.Bold />
              <RichTextEditor.Italic />
              <RichTextEditor.Underline />
            </RichTextEditor.ControlsGroup>
            <RichTextEditor.ControlsGroup>
              <RichTextEditor.H2 />
              <RichTextEditor.H3 />
            </RichTextEditor.ControlsGroup>
            <RichTextEditor.ControlsGroup>
              <RichTextEditor.BulletList />
              <RichTextEditor.OrderedList />
              <RichTextEditor.Blockquote />
            </RichTextEditor.ControlsGroup>
            <RichTextEditor.ControlsGroup>
              <RichTextEditor.Link />
              <RichTextEditor.Unlink />
            </RichTextEditor.ControlsGroup>
            <RichTextEditor.ControlsGroup>
              <RichTextEditor.TableInsert />
              <RichTextEditor.TableRowAfter />
              <RichTextEditor.TableColumnAfter />
              <RichTextEditor.TableDelete />
            </RichTextEditor.ControlsGroup>
            <RichTextEditor.ControlsGroup>
              <RichTextEditor.Undo />
              <RichTextEditor.Redo />
            </RichTextEditor.ControlsGroup>
          </RichTextEditor.Toolbar>
        )}
        <RichTextEditor.Content />
      </RichTextEditor>
    </Input.Wrapper>
  );
}
