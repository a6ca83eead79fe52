import { useMemo } from 'react';
import type { StatementContent } from '../../../../shared/ipc/statements';
import { renderWhatsApp } from '../../../../shared/statements/outputs/whatsappOutput';
import { renderXThread } from '../../../../shared/statements/outputs/xThreadOutput';
import type { OutputInput } from '../../../../shared/statements/outputs/statementDocument';
import { countWords, docToPlainText } from '../../../../shared/statements/plainText';
import { normalizeRichText } from '../../../../shared/statements/richText';
import { wordHints } from '../../../../shared/statements/workflow';

/** Words, characters and channel sizes of the text being typed, from the same functions the outputs use. */
export function useLengthFigures(content: StatementContent, office: OutputInput['office'] | undefined) {
  return useMemo(() => {
    const body = normalizeRichText(content.body);
    const text = docToPlainText(body);
    const input: OutputInput | null = office
      ? {
          content: { ...content, body },
          office,
          number: null,
          approved: true,
          issuedAt: new Date().toISOString(),
          spokesperson: null,
          mediaContact: null,
          corrects: null,
        }
      : null;
    return {
      words: countWords(text),
      characters: text.length,
      hint: wordHints[content.kind],
      xPosts: input ? renderXThread(input).length : 0,
      whatsappCharacters: input ? renderWhatsApp(input).length : 0,
    };
  }, [content, office]);
}
