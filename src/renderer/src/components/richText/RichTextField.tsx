import { Input } from '@mantine/core';
import { Link, RichTextEditor } from '@mantine/tiptap';
import { TableKit } from '@tiptap/extension-table';
import { useEditor, type JSONContent } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useId, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { isSafeHref, type RichDoc } from '../../../../shared/statements/richText';

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
}: {
  label: string;
  /** Read once at mount; remount (key) to load different content. */
  value: RichDoc;
  onChange: (doc: RichDoc) => void;
  editable: boolean;
  error?: string | undefined;
  /** Filled with a function that types text at the cursor (e.g. an official figure). */
  inserterRef?: RefObject<((text: string) => void) | null>;
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
