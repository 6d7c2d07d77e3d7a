import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../core/lang';
import { dateTimePlaceholder, localToText, textToLocal } from './date-time-text';

interface Props {
  id: string;
  /** `YYYY-MM-DDTHH:mm`, '' when empty, or what was typed when it is not a time yet. */
  value: string;
  onChange(value: string): void;
  lang: Lang;
  testId?: string;
}

/** A day and time typed in the UI language's format (never the browser's), 24-hour. */
export function DateTimeField({ id, value, onChange, lang, testId }: Props) {
  const [text, setText] = useState(() => localToText(value, lang));
  // A value set from outside (an event opened for editing, the form cleared) replaces the text.
  useEffect(() => {
    if ((textToLocal(text, lang) ?? text) !== value) setText(localToText(value, lang));
  }, [value, lang, text]);
  return (
    <input
      id={id}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      placeholder={dateTimePlaceholder(lang)}
      value={text}
      data-testid={testId}
      onInput={(e) => {
        const typed = (e.target as HTMLInputElement).value;
        setText(typed);
        onChange(typed.trim() === '' ? '' : (textToLocal(typed, lang) ?? typed));
      }}
    />
  );
}
